namespace SalesBot.Core.Conversation.Languages;

/// <summary>Which way a date is read: an activity looks back, a task or close date ahead.</summary>
internal enum DateSense { Past, Future }
