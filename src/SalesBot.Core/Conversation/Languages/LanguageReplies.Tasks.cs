using SalesBot.Core.Features.Tasks;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    public abstract string TaskAdded(TaskAdded o);

    public abstract string WhichTaskDone(WhichTaskDone o);

    public abstract string NoSuchTask(NoSuchTask o);

    public abstract string TaskDone(TaskDone o);

    public abstract string ReminderGone(ReminderGone o);

    public abstract string TaskAlreadyDone(TaskAlreadyDone o);

    public abstract string ReminderDone(ReminderDone o);

    public abstract string TaskPostponed(TaskPostponed o);


    public abstract string NoOpenTasks(NoOpenTasks o);

    public abstract string TasksShown(TasksShown o);

    public abstract string? TasksShownTitle(TasksShown o);
}
