using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Tasks;

public class ReminderButtonsTests
{
    private static int AddTask(EngineHarness h, Member owner, string title)
    {
        using var db = h.Store.CreateDbContext();
        var task = new TaskItem
        {
            TeamId = owner.TeamId,
            OwnerId = owner.Id,
            Title = title,
            Due = new DateOnly(2026, 11, 16),
            DueTime = new TimeOnly(15, 20),
            CreatedAt = h.Clock.Now,
        };
        db.Tasks.Add(task);
        db.SaveChanges();
        return task.Id;
    }

    private static Task<Messaging.OutgoingMessage> PressAsync(EngineHarness h, string who, string data) =>
        h.SendAsync(h.Message(who, "") with { Action = data });

    [Fact]
    public async Task DoneCompletesTheTaskAndCanBeUndone()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var id = AddTask(h, anna, "call Kevin");

        var reply = await PressAsync(h, "Anna", $"r:{id}:done");

        Assert.Equal("✓ Done: call Kevin.", reply.Text);
        Assert.Equal(h.Clock.Now, h.Read(db => db.Tasks.Single().DoneAt));
        var undo = Assert.Single(reply.Buttons);
        await PressAsync(h, "Anna", undo.Data);
        Assert.Null(h.Read(db => db.Tasks.Single().DoneAt));
    }

    [Fact]
    public async Task TomorrowMovesTheTaskADayAndKeepsItsTime()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var id = AddTask(h, anna, "call Kevin");

        var reply = await PressAsync(h, "Anna", $"r:{id}:tomorrow");

        Assert.Equal("✓ Moved to tomorrow 15:20: call Kevin.", reply.Text);
        var task = h.Read(db => db.Tasks.Single());
        Assert.Equal((new DateOnly(2026, 11, 17), new TimeOnly(15, 20), (DateTimeOffset?)null), (task.Due, task.DueTime, task.DoneAt));
    }

    [Fact]
    public async Task AnotherRepCannotPressSomeoneElsesReminder()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddMember(team, "Ben");
        var id = AddTask(h, anna, "call Kevin");

        var reply = await PressAsync(h, "Ben", $"r:{id}:done");

        Assert.Equal("That reminder is no longer there.", reply.Text);
        Assert.Null(h.Read(db => db.Tasks.Single().DoneAt));
    }

    [Fact]
    public async Task ADoneTaskSaysSoAndAnUnknownActionHasExpired()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var id = AddTask(h, anna, "call Kevin");

        Assert.Equal("That button has expired. Type \"help\" to see what I can do.", (await PressAsync(h, "Anna", $"r:{id}:later")).Text);
        await PressAsync(h, "Anna", $"r:{id}:done");
        Assert.Equal("Already done: call Kevin.", (await PressAsync(h, "Anna", $"r:{id}:done")).Text);
    }
}
