import { Text } from '@react-pdf/renderer';
import { createElement as h, type ComponentProps, type ReactNode } from 'react';
import { NO_HYPHEN_BREAK, tidySpaces } from './line-break.ts';

/** Every Text of the documents: a break where two script runs meet would print "-" (see line-break.ts). */
export function PText(props: TextProps & { children?: ReactNode }): ReactNode {
  const children = typeof props.children === 'string' ? tidySpaces(props.children) : props.children;
  return h(Text, { hyphenationPenalty: NO_HYPHEN_BREAK, ...props }, children);
}

type TextProps = Omit<Extract<ComponentProps<typeof Text>, { hyphenationPenalty?: number }>, 'children'>;
