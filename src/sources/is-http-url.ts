// An http or https URL. Matches `https://mfa.kz/news` and `HTTP://x.kz`; not `ftp://x.kz` or `news/http.txt`.
const HTTP_URL = /^https?:\/\//i;

/** Whether an input names a web page rather than a path: `isHttpUrl('https://mfa.kz/news')` is true. */
export function isHttpUrl(input: string): boolean {
  return HTTP_URL.test(input);
}
