// The service marks the matched words of a search snippet with ** on each
// side ("…de **Palmyre** aux…"); the page shows them highlighted.

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const pieces = snippet.split('**');
  // An odd count of markers leaves the last one unmatched: it is text.
  if (pieces.length % 2 === 0) pieces[pieces.length - 2] += `**${pieces.pop()}`;
  return pieces.map((text, i) => ({ text, hit: i % 2 === 1 })).filter((p) => p.text !== '');
}
