using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Queries;

public class QueryTests
{
    [Fact]
    public async Task TheAccountDossierShowsOpenDealsRecentActivitiesWithWhoContactsAndTasks()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddMember(team, "Ben");
        var contoso = h.Store.AddAccount(team, "Contoso");
        h.Store.AddDeal(team, contoso, anna, "Contoso upgrade", DealStage.Proposal, 40_000);
        h.Parser.Add("call Maria at Contoso two days ago", Say.Log(ActivityType.Call, "Contoso", "Maria Lopez", new DateOnly(2026, 11, 14), "pricing"));
        h.Parser.Add("remind me to send Contoso the quote", new ParsedCommand(Intent.AddTask, 0.9) { Title = "send the quote", Account = "Contoso", Date = new DateOnly(2026, 11, 18) });
        h.Parser.Add("show contoso", Say.Show("contoso"));
        await h.SendAsync("Ben", "call Maria at Contoso two days ago");
        await h.SendAsync("Anna", "remind me to send Contoso the quote");

        var dossier = await h.SendAsync("Anna", "show contoso");

        Assert.Equal("Contoso", dossier.Title);
        Assert.Contains("Open deals: Contoso upgrade, Proposal, €40K (Anna)", dossier.Text);
        Assert.Contains("• call with Maria Lopez by Ben, 2 days ago: pricing", dossier.Text);
        Assert.Contains("Contacts: Maria Lopez", dossier.Text);
        Assert.Contains("Open tasks: send the quote (Wed Nov 18) – Anna", dossier.Text);
        Assert.Equal(h.Read(db => db.Deals.Single().Id), h.Read(db => db.Activities.Single().DealId));
    }

    [Fact]
    public async Task MyTasksListsOverdueTodayAndComingUpAndDoneMarksOne()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("t1", Say.Task("call Kevin", new DateOnly(2026, 11, 13)));
        h.Parser.Add("t2", Say.Task("send deck", new DateOnly(2026, 11, 16)));
        h.Parser.Add("t3", Say.Task("book demo", new DateOnly(2026, 11, 20)));
        h.Parser.Add("my tasks", Say.Just(Intent.ShowTasks));
        h.Parser.Add("done call kevin", Say.Done("call kevin"));
        h.Parser.Add("done fly to mars", Say.Done("fly to mars"));
        foreach (var t in new[] { "t1", "t2", "t3" })
        {
            await h.SendAsync("Anna", t);
        }

        var list = await h.SendAsync("Anna", "my tasks");
        var done = await h.SendAsync("Anna", "done call kevin");
        var missing = await h.SendAsync("Anna", "done fly to mars");

        Assert.Equal("Your tasks: 3 open tasks, 1 overdue", list.Title);
        Assert.Contains("Overdue (1):\n• call Kevin (due 3 days ago)", list.Text);
        Assert.Contains("Today (1):\n• send deck", list.Text);
        Assert.Contains("• book demo (Fri Nov 20)", list.Text);
        Assert.Equal("✓ Done: call Kevin. 2 open tasks left.", done.Text);
        Assert.Contains("no open task like", missing.Text);
        Assert.NotNull(h.Read(db => db.Tasks.Single(t => t.Title == "call Kevin")).DoneAt);
    }

    [Fact]
    public async Task PipelineInAStageListsDealsWithAmountsAndOwners()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddMember(team, "Maria", MemberRole.Manager);
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Negotiation, 40_000);
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Fabrikam"), anna, "Fabrikam", DealStage.Negotiation, 1_200_000);
        // The parser says "me" when no one is named; a manager without deals of their own gets the team's.
        h.Parser.Add("pipeline in negotiation", Say.Pipeline("me", DealStage.Negotiation));

        var reply = await h.SendAsync("Maria", "pipeline in negotiation");
        var rep = await h.SendAsync("Anna", "pipeline in negotiation");

        Assert.Equal("Your deals in Negotiation: 2, €1.2M", rep.Title);
        Assert.Equal("North team deals in Negotiation: 2, €1.2M", reply.Title);
        Assert.Equal("• Fabrikam · €1.2M · Anna\n• Contoso upgrade · €40K · Anna", reply.Text);
    }

    [Fact]
    public async Task ASecondPlanTheSameDayReplacesTheFirst()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("plan: Contoso proposal, call Kevin", Say.Plan("Contoso proposal", "call Kevin"));
        h.Parser.Add("plan: demo for Fabrikam", Say.Plan("demo for Fabrikam"));

        var first = await h.SendAsync("Anna", "plan: Contoso proposal, call Kevin");
        await h.SendAsync("Anna", "plan: demo for Fabrikam");

        Assert.Equal("✓ Today's plan:\n1. Contoso proposal\n2. call Kevin", first.Text);
        var plan = h.Read(db => db.DailyPlans.Single());
        Assert.Equal(["demo for Fabrikam"], plan.Items);
        Assert.Equal(new DateOnly(2026, 11, 16), plan.Date);
    }
}
