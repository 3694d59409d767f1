import { Flex, Switch, Typography } from 'antd';
import type { FontFace } from '#shared/export/pdf/font-files.ts';
import { choosePdfFonts } from './pdfFontChoice.ts';
import type { PdfFontsState } from './usePdfFonts.ts';
import { BUNDLED_PDF_FONTS } from './worker/pdfFonts.ts';

/** What each face sets in the documents (GB/T 9704), in the order shown, so the user knows what a font changes. */
const FACE_ROLES: Record<FontFace, string> = {
  songBold: '标题',
  fang: '正文',
  hei: '一级标题',
  kai: '二级标题',
  song: '页码',
};
const SHOWN_FACES = Object.keys(FACE_ROLES) as FontFace[];

interface PdfFontsInfoProps {
  fonts: PdfFontsState;
  disabled: boolean;
}

/**
 * The PDF fonts an export will use, face by face, computed as the worker computes them. The switch appears
 * only where the machine has official system fonts (Windows 仿宋/黑体/楷体…); elsewhere every face is bundled.
 */
export function PdfFontsInfo({ fonts, disabled }: PdfFontsInfoProps) {
  const used = choosePdfFonts(fonts.choice, BUNDLED_PDF_FONTS, window.location.origin);
  const hasSystem = (fonts.available?.length ?? 0) > 0;
  return (
    <Flex vertical gap={4} data-testid="export-fonts">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>PDF 字体</Typography.Text>
        {hasSystem && (
          <Flex gap={8} align="center">
            <Typography.Text>使用系统字体</Typography.Text>
            <Switch
              size="small"
              checked={fonts.useSystem}
              disabled={disabled}
              onChange={fonts.setUseSystem}
              aria-label="使用系统字体"
              data-testid="export-system-fonts"
            />
          </Flex>
        )}
      </Flex>
      {SHOWN_FACES.map((face) => (
        <Typography.Text key={face} type="secondary" style={{ fontSize: 12 }} data-testid={`export-font-${face}`}>
          {FACE_ROLES[face]}：{used[face].label}
        </Typography.Text>
      ))}
    </Flex>
  );
}
