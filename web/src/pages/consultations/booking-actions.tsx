import { useTranslation } from 'react-i18next';
import { Block, Button, Text } from 'suomifi-ui-components';

/**
 * A booked appointment's actions: move (toggles the free-slot list) and cancel after a
 * confirmation. `wording` says whose texts: the consultation's, the sparring session's or
 * the alumni's follow-up meeting's.
 */
export function BookingActions({
  wording,
  confirming,
  onConfirming,
  moving,
  onMove,
  pending,
  onCancel,
}: {
  wording: 'consultation' | 'sparring' | 'followUp';
  confirming: boolean;
  onConfirming: (confirming: boolean) => void;
  moving: boolean;
  onMove: (moving: boolean) => void;
  pending: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  // Literal keys, so the translation check sees every one.
  const text =
    wording === 'consultation'
      ? {
          move: t('consultations.booking.move'),
          cancel: t('consultations.booking.cancel'),
          confirmCancel: t('consultations.booking.confirmCancel'),
          cancelYes: t('consultations.booking.cancelYes'),
          cancelNo: t('consultations.booking.cancelNo'),
        }
      : wording === 'followUp'
        ? {
            move: t('rounds.sparring.move'),
            cancel: t('alumni.followUp.cancel'),
            confirmCancel: t('alumni.followUp.confirmCancel'),
            cancelYes: t('rounds.sparring.cancelYes'),
            cancelNo: t('rounds.sparring.cancelNo'),
          }
        : {
            move: t('rounds.sparring.move'),
            cancel: t('rounds.sparring.cancel'),
            confirmCancel: t('rounds.sparring.confirmCancel'),
            cancelYes: t('rounds.sparring.cancelYes'),
            cancelNo: t('rounds.sparring.cancelNo'),
          };
  if (confirming)
    return (
      <Block className="consultation-actions" role="group" aria-label={text.confirmCancel}>
        <Text>{text.confirmCancel}</Text>
        <Button disabled={pending} onClick={onCancel}>
          {text.cancelYes}
        </Button>
        <Button variant="secondary" onClick={() => onConfirming(false)}>
          {text.cancelNo}
        </Button>
      </Block>
    );
  return (
    <Block className="consultation-actions">
      <Button variant="secondary" onClick={() => onMove(!moving)} aria-pressed={moving}>
        {text.move}
      </Button>
      <Button variant="secondary" onClick={() => onConfirming(true)}>
        {text.cancel}
      </Button>
    </Block>
  );
}
