import { longMinutesDocument, renderMinutesPdf, sampleMinutesDocument } from '@quorum/minutes';
import { writeFileSync } from 'node:fs';

/**
 * `npm run minutes:sample [out.pdf] [--en] [--public] [--items=N]`: renders the sample GRAM meeting,
 * to look at the document without the API or the worker.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--')) ?? 'dist/minutes-sample.pdf';
  const items = Number(args.find((a) => a.startsWith('--items='))?.slice(8) ?? 0);
  const doc = items > 0 ? longMinutesDocument(items) : sampleMinutesDocument();
  if (args.includes('--en')) doc.language = 'en';
  const { pdf, pages, sha256 } = await renderMinutesPdf(doc, { publicCopy: args.includes('--public') });
  writeFileSync(out, pdf);
  console.log(`${out}: ${pages} pages, sha256 ${sha256}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
