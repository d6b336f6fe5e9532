/**
 * Checks a Block Kit payload against Slack's documented limits
 * (api.slack.com/reference/block-kit): Slack refuses the whole message or
 * view (`invalid_blocks`) when one is broken, so tests pin them.
 */
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string =>
  isObject(value) && typeof value.text === 'string' ? value.text : '';
const length = (text: string) => [...text].length;

export type Surface = 'message' | 'modal' | 'home';

export function blockKitViolations(payload: Json, surface: Surface): string[] {
  const problems: string[] = [];
  const max = (what: string, text: string, limit: number) => {
    if (length(text) > limit) problems.push(`${what}: ${length(text)} > ${limit}`);
  };
  const blocks = Array.isArray(payload.blocks) ? (payload.blocks as unknown[]) : [];
  const blockLimit = surface === 'message' ? 50 : 100;
  if (blocks.length > blockLimit) problems.push(`blocks: ${blocks.length} > ${blockLimit}`);
  if (surface === 'message') max('message text', String(payload.text ?? ''), 40_000);
  if (surface === 'modal') {
    max('modal title', textOf(payload.title), 24);
    max('modal submit', textOf(payload.submit), 24);
    max('modal close', textOf(payload.close), 24);
    max('private_metadata', String(payload.private_metadata ?? ''), 3_000);
  }
  const blockIds = new Set<string>();
  const element = (where: string, el: unknown) => {
    if (!isObject(el)) return;
    if (typeof el.action_id === 'string') max(`${where} action_id`, el.action_id, 255);
    if (el.type === 'button') {
      max(`${where} button text`, textOf(el.text), 75);
      max(`${where} button value`, String(el.value ?? ''), 2_000);
    }
    if (el.placeholder) max(`${where} placeholder`, textOf(el.placeholder), 150);
    if (typeof el.initial_value === 'string' && typeof el.max_length === 'number') {
      max(`${where} initial_value`, el.initial_value, el.max_length);
    }
    for (const option of Array.isArray(el.options) ? (el.options as unknown[]) : []) {
      max(`${where} option text`, textOf((option as Json).text), 75);
      max(`${where} option value`, String((option as Json).value ?? ''), 150);
    }
  };
  blocks.forEach((raw, index) => {
    if (!isObject(raw)) return;
    const where = `block ${index} (${String(raw.type)})`;
    if (typeof raw.block_id === 'string') {
      max(`${where} block_id`, raw.block_id, 255);
      if (blockIds.has(raw.block_id)) problems.push(`${where}: duplicate block_id ${raw.block_id}`);
      blockIds.add(raw.block_id);
    }
    switch (raw.type) {
      case 'header':
        max(`${where} text`, textOf(raw.text), 150);
        break;
      case 'section':
        max(`${where} text`, textOf(raw.text), 3_000);
        element(where, raw.accessory);
        break;
      case 'context': {
        const elements = Array.isArray(raw.elements) ? raw.elements : [];
        if (elements.length > 10) problems.push(`${where}: ${elements.length} elements > 10`);
        elements.forEach((el) => max(`${where} element`, textOf(el), 3_000));
        break;
      }
      case 'actions': {
        const elements = Array.isArray(raw.elements) ? raw.elements : [];
        if (elements.length > 25) problems.push(`${where}: ${elements.length} elements > 25`);
        const ids = elements.map((el) => (isObject(el) ? el.action_id : undefined));
        if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate action_id`);
        elements.forEach((el) => element(where, el));
        break;
      }
      case 'input':
        max(`${where} label`, textOf(raw.label), 2_000);
        if (raw.hint) max(`${where} hint`, textOf(raw.hint), 2_000);
        element(where, raw.element);
        break;
    }
  });
  return problems;
}
