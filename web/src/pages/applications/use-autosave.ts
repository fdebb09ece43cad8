// Saves the draft as the person types: a save starts after a short pause, one at a time, each
// with the version it edited (`expectedVersion`). A CONFLICT stops saving until the person
// chooses which text to keep; nothing typed is dropped meanwhile. What is typed is also saved
// when the page goes away (the form unmounts, the tab is hidden or closed), and the browser
// asks before leaving while something is not saved yet.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request } from '../../api/graphql-client';
import { graphql } from '../../gql';
import type { ApplicationEditorFieldsFragment } from '../../gql/graphql';
import { draftInput, forForm, mergeFields, type Answers } from './answers';

export const APPLICATION_FIELDS = graphql(`
  fragment ApplicationEditorFields on Application {
    id
    version
    status
    answers
    submittedAt
    updatedAt
    deadline {
      text
      instant
      timeZone
    }
    eligibility {
      criterionId
      outcome
      explanation
    }
    completeness {
      submitted
      consultationBooked
      complete
      missing
    }
  }
`);

const SAVE_DRAFT = graphql(`
  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {
    saveApplicationDraft(input: $input) {
      ...ApplicationEditorFields
    }
  }
`);

const LATEST = graphql(`
  query ApplicationLatest($id: ID!) {
    application(id: $id) {
      ...ApplicationEditorFields
    }
  }
`);

const MINE = graphql(`
  query ApplicationMine {
    myApplications {
      ...ApplicationEditorFields
      academyId
      organisationId
    }
  }
`);

export type SavedApplication = ApplicationEditorFieldsFragment;

export type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'failed' | 'conflict';

const PAUSE_MS = 700;

export interface Conflict {
  /** The version this page edited: what "my changes" and "their changes" are against. */
  base: Answers;
  /** The other version; null while it loads or when loading it failed (`loadFailed`). */
  theirs: SavedApplication | null;
  loadFailed: boolean;
}

export function useAutosave({
  academyId,
  organisationId,
  initial,
  answers,
}: {
  academyId: string;
  organisationId: string;
  initial: SavedApplication | null;
  answers: Answers;
}) {
  const [saved, setSaved] = useState<SavedApplication | null>(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(initial ? new Date(initial.updatedAt) : null);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const answersRef = useRef(answers);
  const savedRef = useRef<SavedApplication | null>(initial);
  const versionRef = useRef<number | null>(initial?.version ?? null);
  const idRef = useRef<string | null>(initial?.id ?? null);
  // The text of the version this page last saved or loaded: what "my changes" are against.
  const baseRef = useRef<Answers>(forForm(initial?.answers));
  const dirtyRef = useRef(false);
  const conflictRef = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  answersRef.current = answers;

  const accept = useCallback((application: SavedApplication) => {
    versionRef.current = application.version;
    idRef.current = application.id;
    baseRef.current = forForm(application.answers);
    savedRef.current = application;
    setSaved(application);
  }, []);

  const saveNow = useCallback(async (): Promise<void> => {
    if (running.current) {
      await running.current;
      if (dirtyRef.current && !conflictRef.current) return saveNow();
      return;
    }
    if (!dirtyRef.current || conflictRef.current) return;
    dirtyRef.current = false;
    setStatus('saving');
    const snapshot = answersRef.current;
    let ok = false;
    running.current = (async () => {
      try {
        const { saveApplicationDraft } = await request(SAVE_DRAFT, {
          input: {
            academyId,
            organisationId,
            // 0 on the first save: "create it; if another page already did, CONFLICT".
            expectedVersion: versionRef.current ?? 0,
            ...draftInput(snapshot),
          },
        });
        accept(saveApplicationDraft);
        ok = true;
        setError(null);
        setSavedAt(new Date());
        setStatus(dirtyRef.current ? 'unsaved' : 'saved');
      } catch (caught) {
        const apiError =
          caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));
        // Unsaved still: the next change (or "keep mine") tries again.
        dirtyRef.current = true;
        if (apiError.code === 'CONFLICT') {
          conflictRef.current = true;
          setStatus('conflict');
          setError(null);
          await loadTheirs(baseRef.current);
        } else {
          setError(apiError);
          setStatus('failed');
        }
      } finally {
        running.current = null;
      }
    })();
    await running.current;
    // Typed on while this save ran: save that too.
    if (ok && dirtyRef.current) schedule(PAUSE_MS);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule only sets a timer
  }, [academyId, organisationId, accept]);

  /** The other version, after a CONFLICT; on failure the notice offers to load it again. */
  async function loadTheirs(base: Answers): Promise<void> {
    setConflict({ base, theirs: null, loadFailed: false });
    try {
      const theirs = idRef.current
        ? (await request(LATEST, { id: idRef.current })).application
        : (await request(MINE)).myApplications.find(
            (application) =>
              application.academyId === academyId && application.organisationId === organisationId,
          );
      if (!theirs) throw new Error('not found');
      setConflict({ base, theirs, loadFailed: false });
    } catch {
      setConflict({ base, theirs: null, loadFailed: true });
    }
  }

  function schedule(delay: number) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), delay);
  }

  /** Call after every edit. */
  const changed = useCallback(() => {
    dirtyRef.current = true;
    if (conflictRef.current) return;
    setStatus('unsaved');
    schedule(PAUSE_MS);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule only sets a timer
  }, [saveNow]);

  /**
   * Saves what is typed before an action that needs it saved (submit). Answers the saved
   * application (this render's `saved` is older), or null when it is not saved. A new
   * application with nothing typed is saved (empty) too, so that the action gets the API's
   * answer (for submit: which answers are missing) rather than nothing happening.
   */
  const flush = useCallback(async (): Promise<SavedApplication | null> => {
    if (timer.current) clearTimeout(timer.current);
    if (idRef.current === null && !running.current && !conflictRef.current) dirtyRef.current = true;
    await saveNow();
    return !dirtyRef.current && !conflictRef.current ? savedRef.current : null;
  }, [saveNow]);

  /**
   * After a conflict: the other version with my changes merged field by field (`mergeFields`),
   * saved as the next version. Answers the merged text to show.
   */
  const keepMine = useCallback(
    (mine: Answers): Answers | null => {
      if (!conflict?.theirs) return null;
      const { merged } = mergeFields(conflict.base, mine, forForm(conflict.theirs.answers));
      answersRef.current = merged;
      versionRef.current = conflict.theirs.version;
      idRef.current = conflict.theirs.id;
      conflictRef.current = false;
      setConflict(null);
      dirtyRef.current = true;
      void saveNow();
      return merged;
    },
    [conflict, saveNow],
  );

  /** After a conflict: take the other version; answers the text to show. */
  const takeTheirs = useCallback((): SavedApplication | null => {
    if (!conflict?.theirs) return null;
    accept(conflict.theirs);
    conflictRef.current = false;
    dirtyRef.current = false;
    setConflict(null);
    setStatus('saved');
    setSavedAt(new Date(conflict.theirs.updatedAt));
    return conflict.theirs;
  }, [conflict, accept]);

  /** After a conflict whose other version did not load: try again. */
  const loadTheirsAgain = useCallback(() => {
    if (conflict?.loadFailed) void loadTheirs(conflict.base);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loadTheirs only reads refs and props
  }, [conflict]);

  // Leaving: save what is typed (the form unmounts on another page, the tab is hidden or
  // closed), and let the browser ask while something is not saved yet.
  useEffect(() => {
    const saveNowIfTyped = () => {
      if (timer.current) clearTimeout(timer.current);
      if (dirtyRef.current && !conflictRef.current) void saveNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNowIfTyped();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current || running.current || conflictRef.current) {
        event.preventDefault();
        // Older browsers ask only when returnValue is set.
        event.returnValue = '';
      }
    };
    window.addEventListener('pagehide', saveNowIfTyped);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', saveNowIfTyped);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      saveNowIfTyped();
    };
  }, [saveNow]);

  return {
    saved,
    accept,
    status,
    savedAt,
    error,
    conflict,
    changed,
    flush,
    keepMine,
    takeTheirs,
    loadTheirsAgain,
  };
}
