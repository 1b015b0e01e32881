// Test stand-in for @docusaurus/useBrokenLinks: records the anchors components declare.
export const collected: string[] = [];
export default function useBrokenLinks() {
  return { collectAnchor: (id: string) => collected.push(id), collectLink: () => undefined };
}
