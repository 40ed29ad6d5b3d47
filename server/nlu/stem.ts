// A deliberately small English stemmer: customer messages are short and the classifier also sees
// character n-grams, so we only need inflections to collapse (parcels/parcel, shipping/shipped/ship),
// not Porter-grade morphology.
const VOWEL = /[aeiouy]/;
const KEEP = new Set(["this", "is", "was", "has", "does", "its", "us", "yes", "as", "plus", "bus", "gas", "series", "news", "status", "address", "express", "less", "ss"]);

const IRREGULAR: Record<string, string> = { cancelled: "cancel", cancelling: "cancel", canceled: "cancel", canceling: "cancel", paid: "pay", bought: "buy", sent: "send", got: "get", gotten: "get" };

export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || KEEP.has(word) || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);

  if (w.endsWith("ing") && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length >= 5 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length >= 6) w = w.slice(0, -2);

  // Dropping a final e makes charge/charged/charging meet at "charg".
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n >= 4 && w[n - 1] === w[n - 2] && !"lsz".includes(w[n - 1])) return w.slice(0, -1);
  return w;
}
