import {
  usualFields,
  type AgendaItem,
  type ItemKind,
  type UsualField,
} from '../../../domain/meetings/agenda-item.ts';
import type { AgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import { readAttachments } from './attachments.ts';

/**
 * An item while its lines are read: each field collects its lines until the
 * next label. A usual field starts only after the ones before it in the
 * minutes' order (Sagen kort, Indstilling, Beslutning, Sagsfremstilling,
 * Bilag), so "Beslutning om valg af …" inside a Sagsfremstilling stays text.
 */
interface OpenField {
  readonly field: UsualField | 'presenters' | 'other';
  readonly label: string;
  readonly lines: string[];
  readonly after: number;
}

export class ItemDraft {
  private readonly fields: OpenField[] = [];
  /** The place (in usualFields) of the last usual field begun; -1 before any. */
  private reached = -1;
  title: string;
  kinds: readonly ItemKind[];
  presentation: boolean;
  hasKindMark: boolean;

  constructor(
    readonly number: AgendaNumber,
    readonly heading: string,
    marks: {
      title: string;
      kinds: readonly ItemKind[];
      presentation: boolean;
      hasKindMark: boolean;
    },
    readonly theme: string | undefined,
  ) {
    this.title = marks.title;
    this.kinds = marks.kinds;
    this.presentation = marks.presentation;
    this.hasKindMark = marks.hasKindMark;
  }

  get hasFields(): boolean {
    return this.fields.length > 0;
  }

  /**
   * Whether a label for this field may begin a new field here. A run-in
   * "Baggrund: …" inside the Sagsfremstilling is that text's own sub-heading,
   * not a field of the item.
   */
  accepts(field: UsualField | 'presenters' | 'other', runIn: boolean): boolean {
    if (field === 'presenters' || field === 'other')
      return !runIn || this.reached < usualFields.indexOf('sagsfremstilling');
    return usualFields.indexOf(field) > this.reached;
  }

  begin(field: UsualField | 'presenters' | 'other', label: string, rest: string): void {
    if (field !== 'presenters' && field !== 'other') this.reached = usualFields.indexOf(field);
    this.fields.push({
      field,
      label,
      lines: rest.trim() === '' ? [] : [rest.trim()],
      after: this.reached + 1,
    });
  }

  /** Adds a line to the open field; false when no field is open. */
  add(text: string): boolean {
    const open = this.fields.at(-1);
    if (open === undefined) return false;
    open.lines.push(text.trim());
    return true;
  }

  build(): AgendaItem {
    const text = (field: OpenField) => field.lines.filter((line) => line !== '').join('\n');
    const of = (name: UsualField) => this.fields.find((field) => field.field === name);
    const sagenKort = of('sagenKort');
    const presenters = this.fields
      .filter((field) => field.field === 'presenters')
      .flatMap((field) => text(field).split(/\s*,\s*|\s+og\s+|\n/u))
      .map((name) => name.trim().replace(/\.$/, ''))
      .filter((name) => name !== '');
    const optional = (name: 'indstilling' | 'beslutning' | 'sagsfremstilling') => {
      const field = of(name);
      return field === undefined ? {} : { [name]: text(field) };
    };
    return {
      number: this.number,
      ...(this.theme === undefined ? {} : { theme: this.theme }),
      title: this.title,
      kinds: this.kinds,
      presentation: this.presentation || presenters.length > 0,
      presenters,
      fields: {
        ...(sagenKort === undefined
          ? {}
          : {
              sagenKort: {
                label: sagenKort.label === 'Sagen kort' ? 'Sagen kort' : 'Anledning',
                text: text(sagenKort),
              },
            }),
        ...optional('indstilling'),
        ...optional('beslutning'),
        ...optional('sagsfremstilling'),
        bilag: readAttachments(of('bilag')?.lines ?? []),
        other: this.fields
          .filter((field) => field.field === 'other')
          .map((field) => ({ label: field.label, text: text(field), after: field.after })),
      },
    };
  }
}
