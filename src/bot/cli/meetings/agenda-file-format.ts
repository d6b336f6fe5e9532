/** The sniffing is shared with the chat surfaces, which read files shared with the bot. */
export { agendaFileFormat } from '../../../documents/meetings/agenda-file-format.ts';
