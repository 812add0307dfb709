/** File answers (`format: data-url`, `x-accept`, `x-maxSize`): parsing, checks and readable words. */
export { acceptsFile, acceptWords, ACCEPT_ENTRY_PATTERN } from './accept-list.js';
export { base64ByteSize, DATA_URL_FORMAT, parseDataUrl, toDataUrl, type DataUrlParts } from './data-url.js';
export { FILE_SIZE_PATTERN, parseFileSize } from './file-size.js';
export { formatFileSize } from './file-size-words.js';
export { fileRequirements, tooLargeMessage, wrongTypeMessage, type FileLimits } from './file-requirements.js';
