namespace SalesBot.Core.Conversation.Languages;

internal enum DateShape
{
    /// <summary>N days from today ("wczoraj", "za tydzień", "2 дня назад").</summary>
    Relative,
    /// <summary>A weekday, read backwards for an activity and forwards for a task.</summary>
    Weekday,
    /// <summary>A day of a month ("15 grudnia", "15.12").</summary>
    MonthDay,
    /// <summary>A month alone ("w styczniu"): a date only at its end ("do końca grudnia").</summary>
    Month,
    /// <summary>The end of a period ("do końca miesiąca"): Unit says which.</summary>
    EndOf,
    /// <summary>A week of the year by its number ("tydzień 44", "45-я неделя"): Day holds the number.</summary>
    WeekNumber,
    /// <summary>A quarter of the year by its number ("I kwartał", "Q1", "первый квартал"): Day holds it, Year if said.</summary>
    Quarter,
    /// <summary>A period ("zeszły tydzień", "в этом месяце"): a week for a digest, its first day for a date.</summary>
    Period,
}
