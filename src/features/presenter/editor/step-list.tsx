/**
 * The story's steps in order. Reordered with the pointer (drag a row's handle) or the keyboard
 * (focus the handle, Space to lift, arrows to move, Space to drop, Escape to cancel), with
 * dnd-kit's live-region announcements in the reader's language.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang';
import { localText } from '../story/local-text';
import type { StoryStep } from '../story/story-schema';

interface StepListProps {
  steps: readonly StoryStep[];
  selected: number;
  onSelect: (index: number) => void;
  onMove: (from: number, to: number) => void;
}

function useStepTitle() {
  const { t } = useTranslation('stories');
  const lang = useLang();
  return (step: StoryStep | undefined) => (step ? localText(step.title, lang).text || t('untitled') : '');
}

export function StepList({ steps, selected, onSelect, onMove }: StepListProps) {
  const { t } = useTranslation('stories');
  const title = useStepTitle();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = steps.map((s) => s.id);
  const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
  const named = (id: string | number) => title(steps[ids.indexOf(String(id))]);
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dndLifted', { title: named(active.id), step: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('dndOver', { title: named(active.id), step: position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('dndDropped', { title: named(active.id), step: position(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('dndCancelled', { title: named(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dndInstructions') } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="story-steps">
          {steps.map((step, index) => (
            <StepRow
              key={step.id}
              step={step}
              index={index}
              title={title(step)}
              selected={index === selected}
              onSelect={() => onSelect(index)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function StepRow(props: {
  step: StoryStep;
  index: number;
  title: string;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation('stories');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: props.step.id });
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'story-step is-dragging' : 'story-step'}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="story-step-handle"
        {...attributes}
        {...listeners}
        aria-label={t('moveStep', { step: props.index + 1, title: props.title })}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <button
        type="button"
        className="story-step-select"
        aria-pressed={props.selected}
        onClick={props.onSelect}
      >
        {t('editStep', { step: props.index + 1, title: props.title })}
      </button>
    </li>
  );
}
