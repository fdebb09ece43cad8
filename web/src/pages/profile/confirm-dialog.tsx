// A yes/no question before an action that cannot be undone (suomifi's Modal: focus moves in,
// stays in, and Escape or "Cancel" closes it and returns focus to the button that opened it).
import { useId, useRef } from 'react';
import {
  Button,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
} from 'suomifi-ui-components';

export function ConfirmDialog({
  visible,
  title,
  text,
  confirmText,
  cancelText,
  pending,
  onConfirm,
  onCancel,
}: {
  visible: boolean;
  title: string;
  text: string;
  confirmText: string;
  cancelText: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      appElementId="root"
      visible={visible}
      onEscKeyDown={onCancel}
      focusOnOpenRef={cancelRef}
      ariaLabelledBy={titleId}
    >
      <ModalContent>
        <ModalTitle id={titleId}>{title}</ModalTitle>
        <Paragraph>{text}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button disabled={pending} onClick={onConfirm}>
          {confirmText}
        </Button>
        <Button variant="secondary" ref={cancelRef} onClick={onCancel}>
          {cancelText}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
