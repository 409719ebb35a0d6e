namespace SalesBot.Core.Conversation.Languages;

internal enum DateRelation { None, Last, This, Next }
