namespace SalesBot.Core.Conversation.Languages;

public enum LexiconKind { Member, Contact, Account, Deal }
