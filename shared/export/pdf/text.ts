import { Text } from '@react-pdf/renderer';
import { createElement as h, type ComponentProps, type ReactNode } from 'react';
import { NO_HYPHEN_BREAK } from './line-break.ts';

/** Every Text of the documents: a break where two script runs meet would print "-" (see line-break.ts). */
export function PText(props: ComponentProps<typeof Text>): ReactNode {
  return h(Text, { hyphenationPenalty: NO_HYPHEN_BREAK, ...props });
}
