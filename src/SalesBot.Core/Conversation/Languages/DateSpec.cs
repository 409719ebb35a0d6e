namespace SalesBot.Core.Conversation.Languages;

/// <summary>A date as written, resolved only once the intent says whether it looks back or ahead.</summary>
internal readonly record struct DateSpec(
    DateShape Shape,
    int Days = 0,
    DayOfWeek Weekday = DayOfWeek.Sunday,
    int Month = 0,
    int Day = 0,
    int Year = 0,
    DateRelation Relation = DateRelation.None,
    int Unit = 0);
