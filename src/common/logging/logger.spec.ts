import { Writable } from 'node:stream';
import { createRootLogger, redactConnectionUrl, redactUrl } from './logger.js';

describe('redaction', () => {
  it('hides calendar feed tokens and token query values in URLs', () => {
    expect(redactUrl('/calendar/feeds/abcDEF123.ics')).toBe('/calendar/feeds/[redacted]');
    expect(redactUrl('/exports/my-data/abc_DEF-123')).toBe('/exports/my-data/[redacted]');
    expect(redactUrl('/my-data/download/abc_DEF-123?x=1')).toBe('/my-data/download/[redacted]?x=1');
    expect(redactUrl('/my-data')).toBe('/my-data');
    expect(redactUrl('/sign-in?token=s3cret&next=/x')).toBe('/sign-in?token=[redacted]&next=/x');
    expect(redactUrl('/graphql')).toBe('/graphql');
  });

  it('hides a download or feed token carried URL-encoded in a query value (the sign-in next=)', () => {
    expect(redactUrl('/sign-in?next=%2Fmy-data%2Fdownload%2Fabc_DEF-123')).toBe(
      '/sign-in?next=%2Fmy-data%2Fdownload%2F[redacted]',
    );
    expect(redactUrl('/sign-in?next=%2fmy-data%2fdownload%2fabc_DEF-123&x=1')).toBe(
      '/sign-in?next=%2fmy-data%2fdownload%2f[redacted]&x=1',
    );
    expect(redactUrl('/sign-in?next=%2Fmy-data%2Fdownload%2Fabc_DEF-123%3Fx%3D1#top')).toBe(
      '/sign-in?next=%2Fmy-data%2Fdownload%2F[redacted]%3Fx%3D1#top',
    );
    expect(redactUrl('/sign-in?next=/my-data/download/abc_DEF-123')).toBe(
      '/sign-in?next=/my-data/download/[redacted]',
    );
    expect(redactUrl('/x?next=%252Fmy-data%252Fdownload%252Fabc_DEF-123')).toBe(
      '/x?next=%252Fmy-data%252Fdownload%252F[redacted]',
    );
    expect(redactUrl('/sign-in?next=%2Fexports%2Fmy-data%2Fabc_DEF-123')).toBe(
      '/sign-in?next=%2Fexports%2Fmy-data%2F[redacted]',
    );
    expect(redactUrl('/sign-in?next=%2Fcalendar%2Ffeeds%2Fabc.ics')).toBe(
      '/sign-in?next=%2Fcalendar%2Ffeeds%2F[redacted]',
    );
    // The tokenless page the download link now lands on keeps its path.
    expect(redactUrl('/sign-in?next=%2Fmy-data%2Fdownload')).toBe(
      '/sign-in?next=%2Fmy-data%2Fdownload',
    );
  });

  it('hides the operation, variables and extensions of a GET /graphql, where a token can hide', () => {
    const variables = encodeURIComponent(JSON.stringify({ token: 's3cret' }));
    const query = encodeURIComponent(
      'query ($token: String!) { signInLink(token: $token) { status } }',
    );
    expect(redactUrl(`/graphql?query=${query}&variables=${variables}`)).toBe(
      '/graphql?query=[redacted]&variables=[redacted]',
    );
    expect(redactUrl('/graphql?variables={"token":"s3cret"}&extensions={"x":1}')).toBe(
      '/graphql?variables=[redacted]&extensions=[redacted]',
    );
    expect(redactUrl('/graphql/?operationName=Me&query={me{id}}')).toBe(
      '/graphql/?operationName=Me&query=[redacted]',
    );
    expect(redactUrl('/graphql?QUERY=x#frag')).toBe('/graphql?QUERY=[redacted]#frag');
    // Other routes keep their query (only `token` is hidden there).
    expect(redactUrl('/exports/a.csv?query=open')).toBe('/exports/a.csv?query=open');
  });

  it('hides the password of a connection URL', () => {
    expect(redactConnectionUrl('postgresql://postgres:pa%40ss@127.0.0.1:5432/akatemia')).toBe(
      'postgresql://postgres:[redacted]@127.0.0.1:5432/akatemia',
    );
  });

  it('never writes authorization headers, tokens or feed URLs to the log stream', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createRootLogger('info', sink);
    logger.info(
      {
        req: {
          method: 'GET',
          url: '/calendar/feeds/feedtoken123.ics',
          headers: { authorization: 'Bearer abc' },
        },
        input: { token: 'signin-token-xyz', accessToken: 'access-123' },
      },
      'hello',
    );
    const output = lines.join('');
    expect(output).toContain('hello');
    expect(output).toContain('/calendar/feeds/[redacted]');
    expect(output).not.toMatch(/Bearer abc|signin-token-xyz|access-123|feedtoken123/);
  });
});
