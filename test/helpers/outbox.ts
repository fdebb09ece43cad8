import { Locale } from '../../src/common/i18n/locale.js';
import { type OutboxMessageEntity } from '../../src/modules/mail/entities/outbox-message.entity.js';
import { MailService } from '../../src/modules/mail/mail.service.js';
import type { TestApp } from './test-app.js';

/** One plain test message in the outbox, enqueued as a feature would (in a transaction). */
export async function enqueue(
  testApp: TestApp,
  address: string,
  subject = 'Hello',
): Promise<OutboxMessageEntity> {
  const mail = testApp.app.get(MailService);
  return testApp.dataSource.transaction((manager) =>
    mail.enqueue(manager, {
      type: 'TEST',
      to: { address },
      locale: Locale.en,
      rendered: { subject, text: 'Body', html: '<p>Body</p>' },
    }),
  );
}
