import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback for one spec file. It can be stopped and started again
 * on the same port (the relay going down), or told to refuse every message.
 */
export class TestSmtpServer {
  readonly received: ParsedMail[] = [];
  /** Set to refuse: 451 = try again later, 550 = never. */
  rejectWith: 451 | 550 | null = null;
  private server: SMTPServer | undefined;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.rejectWith) {
          stream.resume();
          const error = new Error(
            this.rejectWith === 550 ? 'Mailbox unavailable' : 'Try again later',
          ) as Error & {
            responseCode: number;
          };
          error.responseCode = this.rejectWith;
          stream.on('end', () => callback(error));
          return;
        }
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.server.address();
    if (typeof address === 'object' && address) this.port = address.port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Messages sent to one address, oldest first. */
  to(address: string): ParsedMail[] {
    return this.received.filter((mail) =>
      [mail.to].flat().some((to) => to?.value.some((entry) => entry.address === address)),
    );
  }
}

/** The token from a sign-in mail: the `token=` value of its link. */
export function tokenFrom(mail: ParsedMail): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error('no token in the mail');
  return match[1];
}
