import { SignedFileLinks } from '../../src/system/signed-file-links.ts';

/** The secret the tests sign file links with: invented, long enough for FILE_LINK_SECRET. */
export const TEST_FILE_LINK_SECRET = 'test-secret-for-signed-file-links-0123456789';

/** File links as the service makes them, on an invented base URL. */
export const testFileLinks = (baseUrl = 'https://raadsbot.test') =>
  new SignedFileLinks({ baseUrl, secret: () => Promise.resolve(TEST_FILE_LINK_SECRET) });
