/** Chart colours of the 总览: the app's teal first, then colours that stay apart in print and for colour-blind readers. */
export const PALETTE = ['#0f6e6e', '#1668dc', '#d48806', '#7cb305', '#c41d7f', '#531dab', '#8c8c8c'];
