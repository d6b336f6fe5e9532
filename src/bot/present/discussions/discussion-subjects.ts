/** The subject key of a discussion's message in the council's channel (ChatDirectory). */
export const discussionSubject = (discussionId: string) => `discussion:${discussionId}`;

/** The subject key of a discussion's opsamling, its own message in the council's channel. */
export const opsamlingSubject = (discussionId: string) => `opsamling:${discussionId}`;
