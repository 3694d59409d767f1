// The bundled CJK subsets (build/fonts/, by the PDF helper), emitted by Vite as hashed assets next to the
// worker and fetched by the PDF renderer from the app's own origin (app://planner/ or 127.0.0.1): no network.
import type { PdfFonts } from '#shared/export/pdf/index.ts';
import fang from '../../../../../build/fonts/FandolFang-GB.otf?url';
import hei from '../../../../../build/fonts/NotoSansSC-GB.ttf?url';
import kai from '../../../../../build/fonts/PlannerKaiGB.ttf?url';
import songBold from '../../../../../build/fonts/NotoSerifSC-Bold-GB.ttf?url';
import song from '../../../../../build/fonts/NotoSerifSC-GB.ttf?url';

export const BUNDLED_PDF_FONTS: PdfFonts = {
  fang: { src: fang, label: '仿宋 FandolFang-GB.otf（内置）' },
  hei: { src: hei, label: '黑体 NotoSansSC-GB.ttf（内置）' },
  kai: { src: kai, label: '楷体 PlannerKaiGB.ttf（内置）' },
  song: { src: song, label: '宋体 NotoSerifSC-GB.ttf（内置）' },
  songBold: { src: songBold, label: '小标宋 NotoSerifSC-Bold-GB.ttf（内置）' },
};
