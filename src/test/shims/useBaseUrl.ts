export default function useBaseUrl(p: string): string {
  return p;
}
