import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';

/**
 * The key behind derived secrets such as calendar feed URLs: APP_SECRET, or a random key
 * generated once into DATA_DIR/app-secret (the embedded default). Never logged.
 */
@Injectable()
export class AppSecret implements OnModuleInit {
  private key: Buffer | undefined;

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    if (this.config.appSecret) {
      this.key = Buffer.from(this.config.appSecret, 'utf8');
      return;
    }
    const file = path.join(this.config.dataDir, 'app-secret');
    if (!existsSync(file)) {
      await mkdir(this.config.dataDir, { recursive: true });
      await writeFile(file, `${randomBytes(32).toString('base64url')}\n`, {
        mode: 0o600,
        flag: 'wx',
      }).catch((error: NodeJS.ErrnoException) => {
        // Another instance on the same DATA_DIR wrote it first: use theirs.
        if (error.code !== 'EEXIST') throw error;
      });
    }
    this.key = Buffer.from((await readFile(file, 'utf8')).trim(), 'utf8');
  }

  /** A 256-bit URL-safe value bound to `purpose` and `subject`, reproducible from the key. */
  derive(purpose: string, subject: string): string {
    if (!this.key) throw new Error('AppSecret used before initialisation');
    return createHmac('sha256', this.key).update(`${purpose}\u0000${subject}`).digest('base64url');
  }
}
