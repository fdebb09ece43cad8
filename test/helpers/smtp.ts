import { createServer, type Server, type Socket } from 'node:net';
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
  /** Recipients whose RCPT TO is never answered: the relay hangs on that one message. */
  readonly hangOn = new Set<string>();
  /** Milliseconds the relay takes to accept each message (a slow relay). */
  delayMs = 0;
  /** Connections opened so far (each message is one connection). */
  connections = 0;
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
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (this.hangOn.has(address.address)) return;
        callback();
      },
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
          .then(async (mail) => {
            if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
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

/** A "relay" that accepts TCP connections and then never says a word (no SMTP greeting). */
export class SilentSmtpServer {
  private readonly sockets = new Set<Socket>();
  private readonly server: Server = createServer((socket) => {
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  });
  connections = 0;

  get url(): string {
    const address = this.server.address();
    if (typeof address !== 'object' || !address) throw new Error('not listening');
    return `smtp://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server.on('connection', () => (this.connections += 1));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The token from a sign-in mail: the `token=` value of its link. */
export function tokenFrom(mail: ParsedMail): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error('no token in the mail');
  return match[1];
}
