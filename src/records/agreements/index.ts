/** Agreement records: documents signed or adopted, with name, type, parties, count and date. */
export {
  type AgreementExtractor,
  type AgreementExtractorOptions,
  type AgreementRecord,
  createAgreementExtractor,
} from './create-agreement-extractor.js';
