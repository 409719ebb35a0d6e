using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>The engine's own sentences: buttons, questions, private answers, missing arguments.</summary>
public abstract partial class LanguageReplies
{
    public abstract string PrivateAnswer(PrivateAnswer answer);

    public abstract string ReportsMissing(ReportsMissing missing);

    public abstract string NothingWritten(NothingWritten nothing);

    public abstract string ButtonExpired(ButtonExpired expired);

    public abstract string QuestionClosed(QuestionClosed closed);

    public abstract string NoOpenQuestion(NoOpenQuestion none);

    public abstract string OthersButton(OthersButton button);

    public abstract string AnswerOutOfRange(AnswerOutOfRange answer);

    public abstract string ArgumentMissing(ArgumentMissing missing);
}
