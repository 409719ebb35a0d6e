namespace SalesBot.Core.Conversation.Languages;

/// <summary>The grammatical form of an activity word: what it says about when it happened.</summary>
public enum WordForm
{
    /// <summary>A noun ("spotkanie", "звонок"): the date decides.</summary>
    Noun,
    /// <summary>A past verb ("dzwoniłam", "звонил"): it happened.</summary>
    Past,
    /// <summary>An infinitive or imperative ("zadzwonić", "позвонить"): something to do.</summary>
    Infinitive,
    /// <summary>A future verb ("zadzwonię", "позвоню"): it will happen.</summary>
    Future,
}
