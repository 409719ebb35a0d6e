using SalesBot.Core.Crm;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Parsing;

public sealed partial class Vocabulary
{
    /// <summary>English, as sales reps type it on a phone.</summary>
    public static Vocabulary English { get; } = new()
    {
        LeadingFillers =
        [
            "hey", "hi", "hello", "yo", "ok", "okay", "so", "please", "pls", "plz", "bot", "salesbot", "well",
            "hey bot", "hi bot", "can you", "could you", "can u", "would you", "kindly", "quick one", "fyi",
        ],
        TrailingFillers = ["please", "pls", "plz", "thanks", "thank you", "thx", "ty", "cheers", "asap", "now please"],
        SlashCommands = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["log"] = "log", ["deal"] = "deal", ["move"] = "move", ["newdeal"] = "new deal", ["new"] = "new deal",
            ["update"] = "update", ["pipeline"] = "pipeline", ["pipe"] = "pipeline", ["tasks"] = "my tasks",
            ["task"] = "task", ["todo"] = "todo", ["remind"] = "remind me to", ["done"] = "done",
            ["plan"] = "plan:", ["kpi"] = "kpi", ["kpis"] = "kpi", ["stats"] = "kpi", ["digest"] = "kpi",
            ["undo"] = "undo", ["help"] = "help", ["start"] = "help", ["standup"] = "standup",
            ["account"] = "account", ["show"] = "show", ["note"] = "note", ["connect"] = "connect",
            ["join"] = "join", ["invite"] = "invite", ["target"] = "target", ["holiday"] = "holiday",
            ["away"] = "away until", ["back"] = "back",
        },
        UndoPhrases =
        [
            "undo", "undo that", "undo it", "undo last", "undo the last one", "undo last one", "undo my last entry",
            "scratch that", "scratch it", "cancel that", "cancel it", "cancel last", "cancel the last one", "revert",
            "revert that", "revert it", "take that back", "take it back",
            "delete that", "delete it", "delete last", "delete the last one", "delete my last entry", "remove that",
            "remove the last one", "roll back", "rollback", "roll that back", "that was wrong", "that's wrong",
            "wrong, undo", "oops undo", "cancel", "cancel last entry", "undo last entry", "undo last action", "oops, undo that", "my bad, undo", "forget that", "forget it", "ignore that",
            "ignore the last one", "that was a mistake", "mistake, undo",
        ],
        HelpPhrases =
        [ "what can u do", "what do u do", "what can you do for me", "wat can you do", "what can u do for me", "how does this thing work", "what can this bot do", "what can the bot do",
            "help", "help me", "?", "commands", "menu", "start", "usage", "instructions", "how do i use you",
            "how do i use this", "how do i use this bot", "how do i use salesbot", "how to use", "how to use you",
            "how does this work", "how does it work", "what can you do", "what do you do", "what can i say",
            "what can i type", "what can i do", "what can i do here", "what do i do", "what should i type", "what commands are there", "list commands", "show commands", "i need help",
            "i'm lost", "how do i log a meeting", "how does this bot work", "how does the bot work", "how does salesbot work",
            "what commands do you know", "what commands do you have", "what commands", "what do you understand", "what can i ask",
            "how do i use it", "how can i use you", "how can you help", "how can you help me", "what are the commands", "how do i start", "getting started", "what are you",
        ],
        NotNames =
        [
            "me", "my", "you", "your", "him", "his", "her", "them", "their", "us", "our", "it", "its", "i", "we",
            "they", "he", "she", "someone", "somebody", "everyone", "everybody", "anyone", "a", "an", "the",
            "this", "that", "these", "those", "back", "there", "here", "mom", "dad", "friends", "friend",
            "today", "tomorrow", "yesterday", "nothing", "something", "nobody", "people", "guys", "yourself", "yourselves",
            "myself", "everything", "anything", "stuff", "things", "life", "weather", "time", "i'm", "im", "i've", "i'd",
            "we're", "we've", "it's", "that's", "he's", "she's", "they're", "you're", "there's", "what's", "who", "what",
        ],

        ActivityPhrases = new Dictionary<string, ActivityType>(StringComparer.OrdinalIgnoreCase)
        {
            ["met"] = ActivityType.Meeting, ["met with"] = ActivityType.Meeting, ["met up with"] = ActivityType.Meeting,
            ["meeting"] = ActivityType.Meeting, ["meetings"] = ActivityType.Meeting, ["mtg"] = ActivityType.Meeting,
            ["meet"] = ActivityType.Meeting, ["sat down with"] = ActivityType.Meeting,
            ["had lunch with"] = ActivityType.Meeting, ["lunch with"] = ActivityType.Meeting, ["lunch"] = ActivityType.Meeting,
            ["coffee with"] = ActivityType.Meeting, ["coffee"] = ActivityType.Meeting, ["dinner with"] = ActivityType.Meeting,
            ["dinner"] = ActivityType.Meeting, ["breakfast with"] = ActivityType.Meeting, ["drinks with"] = ActivityType.Meeting,
            ["caught up with"] = ActivityType.Meeting, ["catch up with"] = ActivityType.Meeting, ["catch-up with"] = ActivityType.Meeting,
            ["catchup with"] = ActivityType.Meeting, ["workshop"] = ActivityType.Meeting, ["workshop with"] = ActivityType.Meeting,
            ["qbr"] = ActivityType.Meeting, ["qbr with"] = ActivityType.Meeting, ["kickoff"] = ActivityType.Meeting,
            ["kick-off"] = ActivityType.Meeting,
            ["sync"] = ActivityType.Meeting, ["sync with"] = ActivityType.Meeting, ["sync-up"] = ActivityType.Meeting,
            ["sync up with"] = ActivityType.Meeting, ["synced with"] = ActivityType.Meeting, ["check-in"] = ActivityType.Meeting,
            ["check-in with"] = ActivityType.Meeting, ["checked in with"] = ActivityType.Call, ["catch-up"] = ActivityType.Meeting,
            ["catch-up call"] = ActivityType.Call, ["intro call"] = ActivityType.Call, ["discovery call"] = ActivityType.Call,
            ["follow-up call"] = ActivityType.Call, ["follow up call"] = ActivityType.Call, ["intro meeting"] = ActivityType.Meeting, ["in-person meeting"] = ActivityType.Meeting,
            ["called"] = ActivityType.Call, ["call"] = ActivityType.Call, ["calls"] = ActivityType.Call,
            ["call with"] = ActivityType.Call, ["phoned"] = ActivityType.Call, ["phone call"] = ActivityType.Call,
            ["phone call with"] = ActivityType.Call, ["rang"] = ActivityType.Call, ["ringed"] = ActivityType.Call,
            ["jumped on a call with"] = ActivityType.Call, ["hopped on a call with"] = ActivityType.Call,
            ["got on a call with"] = ActivityType.Call, ["was on a call with"] = ActivityType.Call,
            ["on a call with"] = ActivityType.Call, ["on the phone with"] = ActivityType.Call,
            ["cold called"] = ActivityType.Call, ["cold-called"] = ActivityType.Call, ["cold call"] = ActivityType.Call,
            ["video call"] = ActivityType.Call, ["zoom call"] = ActivityType.Call, ["teams call"] = ActivityType.Call,
            ["zoom"] = ActivityType.Meeting, ["zoom meeting"] = ActivityType.Meeting, ["teams meeting"] = ActivityType.Meeting,
            ["video meeting"] = ActivityType.Meeting, ["online meeting"] = ActivityType.Meeting, ["conference call"] = ActivityType.Call,
            ["dialed"] = ActivityType.Call, ["dialled"] = ActivityType.Call, ["talked to"] = ActivityType.Call,
            ["talked with"] = ActivityType.Call, ["spoke to"] = ActivityType.Call, ["spoke with"] = ActivityType.Call,
            ["chatted with"] = ActivityType.Call, ["had a chat with"] = ActivityType.Call, ["touched base with"] = ActivityType.Call,
            ["emailed"] = ActivityType.Email, ["e-mailed"] = ActivityType.Email, ["email"] = ActivityType.Email,
            ["e-mail"] = ActivityType.Email, ["mailed"] = ActivityType.Email, ["email to"] = ActivityType.Email,
            ["sent an email to"] = ActivityType.Email, ["sent email to"] = ActivityType.Email,
            ["sent a mail to"] = ActivityType.Email, ["sent an e-mail to"] = ActivityType.Email,
            ["dropped an email to"] = ActivityType.Email, ["wrote to"] = ActivityType.Email,
            ["messaged"] = ActivityType.Email, ["replied to"] = ActivityType.Email, ["emails"] = ActivityType.Email,
            ["demoed"] = ActivityType.Demo, ["demo'd"] = ActivityType.Demo, ["demo"] = ActivityType.Demo,
            ["demo for"] = ActivityType.Demo, ["demo with"] = ActivityType.Demo, ["demo to"] = ActivityType.Demo,
            ["demonstration"] = ActivityType.Demo, ["product demo"] = ActivityType.Demo, ["demos"] = ActivityType.Demo,
            ["showed the product to"] = ActivityType.Demo, ["presented to"] = ActivityType.Demo,
            ["walkthrough"] = ActivityType.Demo, ["walk-through"] = ActivityType.Demo,
            ["visited"] = ActivityType.Visit, ["visit"] = ActivityType.Visit, ["site visit"] = ActivityType.Visit,
            ["on-site visit"] = ActivityType.Visit, ["onsite visit"] = ActivityType.Visit, ["on site visit"] = ActivityType.Visit,
            ["on-site"] = ActivityType.Visit, ["onsite"] = ActivityType.Visit, ["on site"] = ActivityType.Visit,
            ["stopped by"] = ActivityType.Visit, ["dropped by"] = ActivityType.Visit, ["went to see"] = ActivityType.Visit,
            ["drove to"] = ActivityType.Visit, ["flew to"] = ActivityType.Visit, ["visits"] = ActivityType.Visit,
            ["ring"] = ActivityType.Call, ["buzz"] = ActivityType.Call, ["mail"] = ActivityType.Email,
            ["message"] = ActivityType.Email, ["follow-up email"] = ActivityType.Email, ["presentation"] = ActivityType.Demo,
            ["got off the phone with"] = ActivityType.Call, ["off the phone with"] = ActivityType.Call,
            ["got off a call with"] = ActivityType.Call, ["left a voicemail for"] = ActivityType.Call,
            ["left a voicemail with"] = ActivityType.Call, ["left voicemail for"] = ActivityType.Call,
            ["left a message for"] = ActivityType.Call, ["voicemail"] = ActivityType.Call, ["skype"] = ActivityType.Call,
            ["skype call"] = ActivityType.Call, ["skyped"] = ActivityType.Call, ["webex"] = ActivityType.Meeting,
            ["google meet"] = ActivityType.Meeting, ["texted"] = ActivityType.Email, ["whatsapped"] = ActivityType.Email,
            ["pinged"] = ActivityType.Email, ["presented"] = ActivityType.Demo, ["pitched"] = ActivityType.Demo,
            ["note"] = ActivityType.Note, ["notes"] = ActivityType.Note, ["noted"] = ActivityType.Note,
            ["note on"] = ActivityType.Note, ["note for"] = ActivityType.Note, ["note about"] = ActivityType.Note,
        },
        ScheduleVerbs = ["scheduled", "schedule", "set", "setting", "sets", "penciled in", "pencilled in", "booked", "book", "set up", "arranged", "arrange", "planned", "plan", "organised", "organized", "lined up", "line up", "setting up", "booking"],
        GiveVerbs = ["sent", "gave", "shot", "dropped", "fired off", "paid", "had", "did", "ran"],
        ActivityModifiers = new Dictionary<string, ActivityType>(StringComparer.OrdinalIgnoreCase)
        {
            ["on the phone"] = ActivityType.Call, ["by phone"] = ActivityType.Call, ["over the phone"] = ActivityType.Call,
            ["via phone"] = ActivityType.Call, ["on zoom"] = ActivityType.Call, ["on teams"] = ActivityType.Call,
            ["in person"] = ActivityType.Meeting, ["face to face"] = ActivityType.Meeting, ["over lunch"] = ActivityType.Meeting,
            ["over coffee"] = ActivityType.Meeting, ["by email"] = ActivityType.Email, ["via email"] = ActivityType.Email,
            ["over email"] = ActivityType.Email, ["by e-mail"] = ActivityType.Email, ["at their office"] = ActivityType.Visit,
            ["at their offices"] = ActivityType.Visit, ["at their site"] = ActivityType.Visit,
        },
        VagueActivityPhrases = ["talked to", "talked with", "spoke to", "spoke with", "chatted with", "had a chat with", "touched base with", "caught up with", "catch up with", "met", "met with"],
        ActivityLeadIns =
        [
            "logged", "log", "logging", "just", "had", "have had", "did", "i", "we", "i've", "we've", "a", "an", "the",
            "quick", "short", "long", "brief", "good", "great", "nice", "productive", "first", "intro", "initial",
            "another", "follow-up", "followup", "follow up", "discovery", "today", "finally", "also", "new",
        ],
        ActivityParticiples = ["sent", "done", "held", "given", "delivered", "completed", "made", "happened", "logged", "went well", "today"],
        PartyConnectors = [ "2", "4","with", "w", "to", "for", "at", "@", "from", "of", "in"],
        AffiliationConnectors = ["from", "at", "@", "with"],
        NotesMarkers =
        [
            "about", "re", "re:", "regarding", "to discuss", "discussed", "and discussed", "went well", "went great",
            "to talk about", "talked about", "on", "concerning", "because", "for the", "- ", "and they", "they",
            "who", "which", "- they", "and", "the",
        ],
        NameStopWords =
        [
            "the", "a", "an", "about", "re", "regarding", "to", "for", "on", "and", "with", "at", "from", "in", "is",
            "was", "were", "are", "they", "he", "she", "we", "it", "who", "that", "this", "wants", "want", "said",
            "says", "asked", "went", "needs", "will", "would", "can", "could", "should", "has", "have", "had", "but",
            "because", "so", "then", "after", "before", "via", "by", "over", "discussed", "pricing", "today",
        ],
        NameJoiners = ["of", "and", "&", "de", "van", "von", "la", "le", "der", "du", "+"],

        StagePhrases = new Dictionary<string, DealStage>(StringComparer.OrdinalIgnoreCase)
        {
            ["lead"] = DealStage.Lead, ["prospect"] = DealStage.Lead, ["prospecting"] = DealStage.Lead,
            ["new lead"] = DealStage.Lead,
            ["qualified"] = DealStage.Qualified, ["qualification"] = DealStage.Qualified, ["qualify"] = DealStage.Qualified,
            ["qualifying"] = DealStage.Qualified, ["discovery"] = DealStage.Qualified, ["sql"] = DealStage.Qualified,
            ["proposal"] = DealStage.Proposal, ["proposals"] = DealStage.Proposal, ["quote"] = DealStage.Proposal,
            ["quoted"] = DealStage.Proposal, ["quoting"] = DealStage.Proposal, ["offer"] = DealStage.Proposal,
            ["proposal sent"] = DealStage.Proposal, ["sent proposal"] = DealStage.Proposal, ["quote sent"] = DealStage.Proposal,
            ["offer sent"] = DealStage.Proposal,
            ["negotiation"] = DealStage.Negotiation, ["negotiations"] = DealStage.Negotiation, ["negotiating"] = DealStage.Negotiation,
            ["negotiate"] = DealStage.Negotiation, ["contract"] = DealStage.Negotiation, ["contracting"] = DealStage.Negotiation,
            ["legal review"] = DealStage.Negotiation, ["redlines"] = DealStage.Negotiation, ["in legal"] = DealStage.Negotiation,
            ["won"] = DealStage.Won, ["win"] = DealStage.Won, ["signed"] = DealStage.Won, ["closed won"] = DealStage.Won,
            ["closed-won"] = DealStage.Won, ["closed/won"] = DealStage.Won, ["contract signed"] = DealStage.Won,
            ["signed the contract"] = DealStage.Won, ["closed the deal"] = DealStage.Won, ["we won"] = DealStage.Won,
            ["booked"] = DealStage.Won, ["is a win"] = DealStage.Won,
            ["lost"] = DealStage.Lost, ["dead"] = DealStage.Lost, ["closed lost"] = DealStage.Lost,
            ["closed-lost"] = DealStage.Lost, ["closed/lost"] = DealStage.Lost, ["lose"] = DealStage.Lost,
            ["killed"] = DealStage.Lost, ["no go"] = DealStage.Lost, ["no-go"] = DealStage.Lost, ["dropped out"] = DealStage.Lost,
        },
        CreateDealHeads =
        [ "opened an opp", "opened an opp for", "opened a new opp", "opened a new opp for", "opened an opp with", "opened a new opp with", "opened an opportunity", "opened an opportunity for", "opened a new opportunity", "opened a new opportunity with", "opened opp", "created an opp", "created an opp for", "added an opp", "added an opp for", "new opp:", "new deal:", "started a deal", "started a deal with", "started a new deal with",
            "new deal", "new opportunity", "new opp", "new oppty", "create deal", "create a deal", "create new deal",
            "create a new deal", "add deal", "add a deal", "add new deal", "add a new deal", "open deal", "open a deal",
            "open a new deal", "start a deal", "new deal for", "create a deal for", "create deal for", "add a deal for",
            "add a new deal for", "open a deal for", "new opportunity for", "create opportunity", "create an opportunity",
            "add opportunity", "add an opportunity", "log a new deal", "log new deal", "register a deal", "register deal",
            "opened a deal", "opened a new deal", "opened a deal for", "opened a new deal for", "created a deal", "created a new deal",
            "created a deal for", "created a new deal for", "added a deal", "added a new deal", "added a deal for", "new deal with",
            "new opportunity with", "new opp for", "new opp with", "got a new deal", "got a new deal with", "new business",
        ],
        DealNameIntroducers = ["called", "named", "titled", "for", "with"],
        CreateLeadHeads = ["new lead", "add lead", "add a lead", "add a new lead", "create lead", "create a lead", "new prospect", "add prospect", "add a prospect"],
        DealVerbs =
        [
            "move", "moved", "moving", "push", "pushed", "send", "put", "set", "mark", "marked", "update", "updated",
            "change", "changed", "advance", "advanced", "bump", "bumped", "progress", "progressed", "shift", "take",
            "deal", "opp", "opportunity", "the", "our", "we", "i", "just", "finally", "officially", "raise", "lower",
            "increase", "reduce", "revise", "adjust", "slip", "slipped", "delay", "postpone", "postponed", "extend",
            "it's", "its", "has", "have", "got", "closed", "close", "won", "lost", "stage", "status", "amount", "value",
            "size", "of", "for", "date", "close date", "deal size",
        ],
        DealFillers =
        [ "up", "down", "again", "officially", "finally", "value",
            "deal", "deals", "opp", "opportunity", "to", "into", "the", "stage", "status", "as", "in", "at", "is", "now",
            "->", ":", "=", "-", "mark", "it", "set", "worth", "amount", "value", "size", "deal size", "close date",
            "expected close", "closing date", "close", "closing", "closes", "by", "of", "for", "date", "on", "from",
            "was", "be", "will", "should", "finally", "officially", "just", "are", "been", "has", "got", "moved", "went",
            "expected", "estimated", "forecast", "total", "new", "and", "with", "its", "it's", "expected to close", "back", "from",
        ],
        DealNameEnders = [ "ghosted", "ghosting", "moving", "slipping", "sliding", "again", "going", "heading", "dropped", "backed", "pulled", "chose", "picked", "decided", "said", "told", "wants", "want", "needs", "us", "officially", "finally", "signed", "now", "value", "amount", "up", "down","is", "was", "went", "has", "have", "got", "moved", "goes", "are", "just", "now", "-", "has been", "will", "revised", "changed", "updated", "increased", "reduced", "raised", "lowered", "upgraded", "downgraded", "progressed", "advanced", "promoted", "bumped", "reached", "entered", "hit", "slipped", "slips", "pushed", "delayed", "postponed", "closes", "closing", "expected", "should"],
        DealNameCutters = ["to", "because", "since", "due", "after", "as", "for", "-", "on", "over", "they", "—", "today", "yesterday"],
        AmountUpdateMarkers =
        [ "up to", "down to", "goes to", "increase to", "now worth", "bumped to", "revised to", "dropped to", "grew to", "cut to",
            "worth", "amount", "value", "size", "deal size", "is now", "now at", "bump", "bumped", "raise", "raised",
            "increase", "increased", "lower", "lowered", "reduce", "reduced", "change", "changed", "update", "updated",
            "revise", "revised", "adjust", "adjusted", "set", "went up", "went down", "valued",
        ],
        CloseDateMarkers =
        [ "slipping", "sliding", "slid", "pushing", "shifting", "moving out", "pushed out", "pushed back", "push back", "slips to", "slipped to", "slide", "moved out", "now closing", "closing in", "close in", "expected in",
            "close date", "closing date", "expected close", "expected to close", "close", "closes", "closing",
            "push", "pushed", "slip", "slipped", "slips", "delay", "delayed", "postpone", "postponed", "move", "moved",
            "pull in", "pulled in", "bring forward", "extend", "extended", "eta", "signing", "sign date", "target date",
        ],

        TaskHeads =
        [ "don't forget", "dont forget", "do not forget", "don't forget:", "remember:", "reminder:", "todo:", "to do:", "task:", "remind me:",
            "remind me to", "remind me", "remind me about", "remind me that i need to", "remind me that", "reminder",
            "reminder to", "add reminder", "add a reminder", "add reminder to", "set reminder", "set a reminder", "new reminder", "set a reminder to", "set reminder to", "add a reminder to", "todo", "to do", "to-do",
            "add todo", "add a todo", "task", "new task", "add task", "add a task", "add a task to", "create task",
            "create a task", "create a task to", "don't let me forget to", "dont let me forget to",
            "don't forget to", "dont forget to", "do not forget to", "don't let me forget", "remember to",
            "i want to remember to", "make sure i", "make sure to", "i'll need to", "i will need to", "note to self",
            "note to self:", "ping me to", "nudge me to",
        ],
        IntentionHeads =
        [
            "i need to", "need to", "i have to", "have to", "i must", "must", "i should", "should", "i gotta", "gotta",
            "i've got to", "i got to", "i'll", "i will", "we'll", "we will", "we need to", "we have to", "i'm gonna", "gonna",
            "i'm going to", "i am going to", "going to", "i plan to", "planning to", "let me", "i want to",
        ],
        ImperativeVerbs =
        [
            "call", "email", "e-mail", "meet", "visit", "send", "prepare", "prep", "follow", "ping", "chase", "check",
            "demo", "write", "draft", "book", "schedule", "review", "ring", "phone", "text", "message",
            "finish", "renew", "sign", "get", "ask", "confirm", "share",
        ],
        TaskVerbs = ["f/u", "fu", "f/up", "f-up", "follow up", "follow-up", "followup", "chase", "prep", "prepare", "draft", "schedule", "set up", "organise", "organize", "arrange"],
        DoneHeads =
        [
            "done", "done with", "done:", "finished", "finished with", "completed", "complete", "ticked off",
            "checked off", "crossed off", "task done", "task completed", "task complete", "mark done", "mark as done",
            "mark complete", "mark as complete", "close task", "closed task", "completed task", "finished task",
            "check off", "tick off", "cross off",
        ],
        DoneTails = ["done", "is done", "as done", "completed", "as completed", "complete", "as complete", "finished", "as finished", "is finished", "is complete", "is completed", "off the list", "checked off", "ticked off", "crossed off"],
        PlanNouns = ["plan", "plans", "priorities", "priority", "focus", "goals", "goal", "agenda", "to-dos", "todos", "todo list", "things", "objectives"],

        QueryLeadIns =
        [
            "show", "show me", "list", "give me", "get", "see", "display", "pull up", "what's", "whats", "what is",
            "what are", "what", "which", "how", "how's", "hows", "any", "anything", "my", "team", "our", "the", "all",
            "open", "view", "check", "where", "is", "are", "do", "did", "tell me", "can i see", "let me see", "how are",
            "how is", "how am", "how did", "how was", "how's the",
        ],
        PipelineWords = ["pipeline", "pipe", "funnel", "forecast", "deals", "opportunities", "opps", "open deals", "pipeline report"],
        TaskListWords = ["tasks", "my tasks", "todos", "to-dos", "todo list", "to do list", "task list", "reminders", "due", "overdue", "on my plate", "my list", "agenda", "follow-ups", "follow ups"],
        KpiWords = ["kpi", "kpis", "stats", "statistics", "digest", "kpi digest", "numbers", "scorecard", "scoreboard", "leaderboard", "metrics", "performance", "activity report", "weekly report", "report card", "results"],
        StandupWords = ["standup", "stand-up", "stand up", "standups", "stand-ups", "daily standup", "daily stand-up", "daily report", "daily summary", "morning report", "daily"],
        AccountQueryHeads =
        [
            "what's up with", "whats up with", "what is up with", "what's new with", "whats new with", "what's new at",
            "what's happening with", "whats happening with", "what's going on with", "whats going on with",
            "what's the status of", "what's the status with", "what's the latest on", "what's the latest with",
            "whats the latest on", "what do we have on", "what do we know about", "anything new with", "anything new on",
            "anything new from", "anything new at", "any news on", "any news from", "any news about", "any update on",
            "any updates on", "updates on", "update on", "info on", "info about", "info for", "information on",
            "information about", "details on", "details for", "details of", "tell me about", "status of", "status on",
            "status for", "where are we with", "where are we on", "where do we stand with", "how's it going with",
            "hows it going with", "how are things with", "how are things at", "history with", "history of",
            "history for", "show", "show me", "show account", "account", "look up", "lookup", "pull up", "open account",
            "brief me on", "anything on", "anything from", "news on", "news about", "news from", "summary of", "summary for", "catch me up on", "recap on", "recap for", "account info for",
        ],
        SelfWords = ["my", "me", "mine", "i", "myself", "own"],
        TeamWords = ["team", "team's", "teams", "whole team", "the team", "our", "everyone", "everyone's", "all", "we", "us", "company", "everybody"],

        Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
            ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
            ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11,
            ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
        {
            ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday,
            ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
            ["wed"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday,
            ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday,
            ["fri"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
            ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["weekend"] = DayOfWeek.Saturday,
        },
        NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
            ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
            ["a couple of"] = 2, ["a couple"] = 2, ["couple of"] = 2, ["couple"] = 2, ["a few"] = 3, ["few"] = 3,
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
        },
        RelativeDays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["today"] = 0, ["tonight"] = 0, ["this morning"] = 0, ["this afternoon"] = 0, ["this evening"] = 0,
            ["earlier today"] = 0, ["this am"] = 0, ["this pm"] = 0, ["later today"] = 0, ["just now"] = 0, ["eod"] = 0, ["end of day"] = 0,
            ["end of today"] = 0, ["by end of day"] = 0, ["yesterday"] = -1, ["last night"] = -1, ["yday"] = -1,
            ["the day before yesterday"] = -2, ["day before yesterday"] = -2, ["tomorrow"] = 1, ["tmrw"] = 1,
            ["tmr"] = 1, ["tomorow"] = 1, ["2moro"] = 1, ["tomorrow morning"] = 1, ["the day after tomorrow"] = 2,
            ["day after tomorrow"] = 2,
        },
        DateUnits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["day"] = 1, ["days"] = 1, ["week"] = 7, ["weeks"] = 7, ["wk"] = 7, ["wks"] = 7, ["month"] = 30, ["months"] = 30, ["hour"] = 0, ["hours"] = 0, ["minute"] = 0, ["minutes"] = 0, ["min"] = 0, ["mins"] = 0,
        },
        AgoWords = ["ago", "back"],
        InWords = ["in", "within", "in about", "after"],
        LastWords = ["last", "past", "previous", "this past"],
        NextWords = ["next", "coming", "this coming", "upcoming"],
        ThisWords = ["this"],
        PeriodEnds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["end of week"] = "week", ["end of the week"] = "week", ["eow"] = "week", ["end of this week"] = "week",
            ["week end"] = "week", ["end of month"] = "month", ["end of the month"] = "month", ["eom"] = "month",
            ["end of this month"] = "month", ["month end"] = "month", ["month-end"] = "month",
            ["end of next month"] = "next month", ["end of quarter"] = "quarter", ["end of the quarter"] = "quarter",
            ["eoq"] = "quarter", ["quarter end"] = "quarter", ["end of year"] = "year", ["end of the year"] = "year",
            ["eoy"] = "year", ["year end"] = "year", ["year-end"] = "year", ["end of next week"] = "next week",
        },
        Periods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["week"] = "week", ["wk"] = "week", ["weekly"] = "week", ["month"] = "month", ["mo"] = "month",
            ["monthly"] = "month", ["quarter"] = "quarter", ["year"] = "year", ["day"] = "day", ["daily"] = "day",
        },
        DatePrepositions =
        [
            "on", "by", "until", "till", "til", "due", "due on", "due by", "before", "for", "from", "at", "to", "no later than",
            "starting", "over", "close by", "closing", "closes", "closing on", "closes on", "expected", "around", "since", "as of",
        ],
        MonthLeads = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["to"] = 1, ["in"] = 1, ["by"] = 1, ["until"] = 1, ["till"] = 1, ["for"] = 1, ["from"] = 1, ["into"] = 1,
            ["early"] = 1, ["beginning of"] = 1, ["start of"] = 1, ["mid"] = 15, ["mid-"] = 15, ["middle of"] = 15,
            ["late"] = 31, ["end of"] = 31, ["the end of"] = 31, ["by end of"] = 31, ["by the end of"] = 31,
        },
        DayParts = ["morning", "afternoon", "evening", "night", "am", "pm", "eod", "noon", "lunchtime"],
        AmWords = ["am", "a.m.", "a.m", "in the morning"],
        PmWords = ["pm", "p.m.", "p.m", "in the afternoon", "in the evening", "tonight"],
        NoonWords = ["noon", "midday", "lunchtime"],

        Multipliers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
        {
            ["k"] = 1_000m, ["kk"] = 1_000_000m, ["thousand"] = 1_000m, ["thousands"] = 1_000m, ["grand"] = 1_000m,
            ["tys"] = 1_000m, ["m"] = 1_000_000m, ["mm"] = 1_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m,
            ["mil"] = 1_000_000m, ["million"] = 1_000_000m, ["millions"] = 1_000_000m, ["b"] = 1_000_000_000m,
            ["bn"] = 1_000_000_000m, ["billion"] = 1_000_000_000m,
        },
        Currencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["$"] = "USD", ["us$"] = "USD", ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["bucks"] = "USD",
            ["€"] = "EUR", ["eur"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR",
            ["£"] = "GBP", ["gbp"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP", ["quid"] = "GBP",
            ["zł"] = "PLN", ["zl"] = "PLN", ["pln"] = "PLN", ["zloty"] = "PLN", ["zlotys"] = "PLN", ["złoty"] = "PLN",
            ["złotych"] = "PLN", ["zlotych"] = "PLN",
            ["chf"] = "CHF", ["francs"] = "CHF", ["₽"] = "RUB", ["rub"] = "RUB", ["rubles"] = "RUB", ["roubles"] = "RUB",
            ["uah"] = "UAH", ["₴"] = "UAH", ["czk"] = "CZK", ["sek"] = "SEK", ["nok"] = "NOK", ["dkk"] = "DKK",
            ["cad"] = "CAD", ["aud"] = "AUD", ["jpy"] = "JPY", ["¥"] = "JPY", ["yen"] = "JPY", ["inr"] = "INR",
            ["₹"] = "INR", ["huf"] = "HUF", ["ron"] = "RON",
        },

        CommonWords =
        [
            "scheduled", "schedule", "did", "do", "does", "done", "doing", "make", "made", "makes", "get", "got", "go", "went",
            "gone", "going", "come", "came", "see", "saw", "seen", "say", "said", "tell", "told", "ask", "asked", "want",
            "wants", "wanted", "need", "needs", "needed", "like", "liked", "think", "thought", "know", "knew", "look",
            "looked", "looks", "seem", "seems", "try", "tried", "keep", "kept", "let", "put", "set", "take", "took", "give",
            "gave", "send", "sent", "call", "called", "calls", "meet", "met", "meeting", "demo", "visit", "email", "note",
            "cfo", "ceo", "cto", "coo", "cio", "cmo", "vp", "svp", "evp", "head", "director", "manager", "lead", "owner",
            "founder", "buyer", "procurement", "legal", "finance", "it", "hr", "ops", "sales", "marketing", "engineering",
            "team", "client", "clients", "customer", "customers", "prospect", "prospects", "partner", "vendor",
            "company", "office", "offices", "site", "hq", "account", "accounts", "contact", "contacts", "deal", "deals",
            "opp", "opps", "pricing", "price", "prices", "quote", "proposal", "contract", "budget", "renewal", "upgrade",
            "pilot", "trial", "licence", "license", "licences", "licenses", "seats", "demo", "presentation", "deck",
            "slides", "case", "study", "follow", "up", "followup", "next", "last", "this", "that", "week", "month",
            "quarter", "year", "day", "today", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night",
            "again", "also", "just", "still", "already", "yet", "soon", "later", "now", "then", "there", "here", "all",
            "some", "any", "every", "each", "both", "more", "most", "less", "much", "many", "few", "lot", "lots", "other",
            "another", "new", "old", "good", "great", "bad", "nice", "fine", "ok", "okay", "sure", "yes", "no", "not",
            "maybe", "very", "really", "quite", "too", "well", "better", "best", "worse", "first", "second", "final",
            "quick", "short", "long", "big", "small", "huge", "happy", "unhappy", "interested", "keen", "busy", "late",
            "early", "on", "off", "in", "out", "over", "under", "about", "around", "after", "before", "for", "from",
            "with", "without", "to", "of", "at", "by", "via", "per", "and", "or", "but", "so", "if", "because", "as",
            "when", "what", "who", "where", "why", "how", "which", "whose", "while", "until", "since", "though",
            "will", "would", "can", "could", "should", "shall", "may", "might", "must", "have", "has", "had", "is",
            "are", "was", "were", "be", "been", "being", "am", "let's", "lets", "i'll", "we'll", "they'll", "didn't",
            "don't", "doesn't", "won't", "can't", "couldn't", "wasn't", "isn't", "aren't", "haven't", "hasn't",
            "talked", "spoke", "discussed", "agreed", "approved", "signed", "closed", "won", "lost", "moved", "pushed",
            "slipped", "delayed", "cancelled", "canceled", "postponed", "booked", "planned", "confirmed", "finished",
            "completed", "started", "reached", "left", "voicemail", "message", "answer", "reply", "replied", "update",
            "updated", "status", "stage", "amount", "value", "worth", "close", "closing", "date", "number", "numbers",
            "stuff", "thing", "things", "issue", "issues", "problem", "question", "questions", "info", "details",
            "product", "feature", "features", "integration", "security", "sso", "api", "support", "training",
            "onboarding", "kickoff", "review", "signature", "paperwork", "invoice", "payment", "discount", "terms",
            "nda", "sow", "po", "rfp", "rfq", "poc", "qbr", "roi", "competitor", "competition", "lunch", "coffee",
            "dinner", "drinks", "phone", "zoom", "teams", "slack", "linkedin", "whatsapp", "chat", "pls", "please",
            "thanks", "thx", "asap", "fyi", "btw", "re", "wk", "wks", "tmrw", "mon", "tue", "wed", "thu", "fri",
            "went", "wants", "keen", "dark", "ghosted", "silent", "quiet", "nothing", "everything", "something",
            "anything", "guy", "guys", "folks", "people", "person", "boss", "colleague", "rep", "reps", "whole",
        ],
        QuestionWords =
        [
            "who", "what", "when", "where", "why", "how", "which", "whose", "whom", "who's", "what's", "when's",
            "where's", "how's", "whats", "hows", "wheres", "whos", "who've", "how many", "how much",
        ],
        QuestionAuxiliaries =
        [
            "did", "do", "does", "have", "has", "had", "is", "are", "was", "were", "can", "could", "should", "would",
            "will", "shall", "didn't", "haven't", "hasn't", "isn't", "aren't", "won't", "doesn't", "don't",
        ],
        QuestionSubjects =
        [
            "i", "we", "you", "they", "he", "she", "it", "anyone", "anybody", "someone", "somebody", "everyone",
            "everybody", "nobody", "the", "our", "my", "your", "their", "there", "this", "that", "any",
        ],
        PoliteRequests = ["can you", "could you", "would you", "can u", "could u", "will you", "please", "pls", "plz", "kindly"],
        NegationWords =
        [
            "didn't", "didnt", "did not", "couldn't", "couldnt", "could not", "haven't", "havent", "have not",
            "hasn't", "hasnt", "has not", "never", "not", "wasn't", "wasnt", "was not", "weren't", "can't", "cant",
            "cannot", "won't", "wont", "don't", "dont", "do not", "no longer", "not yet", "still haven't",
        ],
        FailurePhrases =
        [
            "no answer", "didn't answer", "did not answer", "didnt answer", "didn't pick up", "did not pick up",
            "didnt pick up", "no one picked up", "nobody picked up", "nobody answered", "no one answered",
            "went to voicemail", "straight to voicemail", "no-show", "no show", "didn't show", "didn't show up",
            "did not show up", "never showed", "cancelled", "canceled", "called off", "fell through", "couldn't reach",
            "could not reach", "couldnt reach", "couldn't get hold", "couldn't get through", "could not get through",
            "unreachable", "not reachable", "didn't manage to", "did not manage to", "didnt manage to",
            "didn't get to", "didn't get a chance to", "wasn't able to", "was not able to", "weren't able to",
            "unable to", "failed to", "tried to", "tried calling", "tried reaching", "attempted to", "line was busy",
            "rescheduled", "got rescheduled", "was rescheduled", "bounced", "no reply", "no response",
        ],
        FutureMarkers =
        [
            "will", "i'll", "we'll", "they'll", "he'll", "she'll", "gonna", "going to", "scheduled for", "scheduled",
            "is scheduled", "planned for", "planning to", "plan to", "upcoming", "set for", "booked for", "about to",
            "is on for", "coming up", "due to", "supposed to", "expecting to", "want to", "need to", "have to", "should",
        ],
        NoteOpeners = ["but", "because", "he", "she", "they", "who", "which", "about", "re", "regarding", "wants", "said", "says", "and he", "and she", "and they", "and we", "and i", "he's", "she's", "they're", "it's"],
        DeadlinePrepositions = ["by", "until", "till", "til", "before", "for", "due", "due by", "due on", "no later than", "in time for"],
        Spellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["cld"] = "called", ["calld"] = "called", ["caled"] = "called", ["ystrday"] = "yesterday", ["yest"] = "yesterday",
            ["ystdy"] = "yesterday", ["yesterady"] = "yesterday", ["yesteday"] = "yesterday", ["yestrday"] = "yesterday",
            ["2day"] = "today", ["tdy"] = "today", ["2morrow"] = "tomorrow", ["tmrrw"] = "tomorrow", ["tommorow"] = "tomorrow",
            ["tommorrow"] = "tomorrow", ["tomorro"] = "tomorrow", ["mtng"] = "meeting", ["meetng"] = "meeting", ["eml"] = "email",
            ["emld"] = "emailed", ["nxt"] = "next", ["qtr"] = "quarter", ["mnth"] = "month", ["b4"] = "before", ["abt"] = "about",
            ["w"] = "with", ["wth"] = "with", ["thru"] = "through", ["pls"] = "pls", ["vm"] = "voicemail", ["appt"] = "meeting",
            ["convo"] = "call", ["txt"] = "texted", ["negotation"] = "negotiation", ["negociation"] = "negotiation",
            ["propsal"] = "proposal", ["proposl"] = "proposal", ["qualifed"] = "qualified", ["wks"] = "weeks",
        },
        PastIrregulars = ["met", "spoke", "rang", "sent", "had", "did", "caught", "sat", "got", "went", "drove", "flew", "left", "took", "gave", "was", "wrote", "ran", "demo'd"],
        CountWords = ["times", "time", "x", "calls", "emails", "meetings", "seats", "users", "licences", "licenses", "people", "attempts", "tries"],
        UndoHeads = ["undo", "delete that", "delete it", "scratch that", "remove that", "revert", "revert that", "cancel that", "take that back", "undo that", "remove it", "delete the last", "undo the last", "remove the last"],
        UndoTails = ["the", "last", "thing", "one", "entry", "wrong", "please", "pls", "it", "that", "was", "action", "message", "record", "log", "i", "just", "made", "did", "added", "logged", "mistake", "oops", "my", "bad", "sorry", "a", "entered", "typed", "wrote"],
        PastAuxiliaries = ["did", "didn't", "have", "haven't", "has", "hasn't", "had"],
        ActivityQuestionVerbs = ["call", "email", "e-mail", "meet", "visit", "demo", "talk to", "speak to", "speak with", "talk with", "ring", "phone", "contact", "reach", "ping", "log", "message", "text"],
        DealNouns = ["deal", "opp", "opportunity", "oppty", "project"],
        AllRepsWords = ["reps", "all reps", "the reps", "everyone", "everybody", "the team", "team", "all", "us", "the whole team", "whole team", "all of us", "people"],
        NameListJoiners = [",", "&", "+", "/", "and", "vs", "vs.", "versus", "with", "against", "to"],
        ContactListWords = ["contacts", "contact list", "contact", "people"],
        ClauseConnectors = ["and", "then", "and then", "also", "and also", "plus", "&", "but", "so"],
        ClauseStarters =
        [
            "moving", "moved", "move", "mark", "marked", "need", "needs", "must", "should", "will", "i'll", "we'll",
            "set", "setting", "sent", "send", "booked", "book", "scheduled", "schedule", "f/u", "fu", "follow",
            "followup", "follow-up", "remind", "todo", "task", "pushed", "push", "bumped", "bump", "new", "won",
            "lost", "closed", "signed", "deal", "next", "planning", "gonna", "going", "prep", "prepare", "created",
            "opened", "added", "emailed", "called", "met", "demoed", "visited", "had", "did", "logged", "log",
            "change", "changed", "update", "updated",
        ],
        BackReferences = [ "him", "her", "he", "she","them", "it", "they", "their", "the deal", "that deal", "this deal", "that one", "this one", "the opp", "that opp"],
        ColleagueConnectors = ["with", "w", "and", "together with", "along with", "alongside", "plus", "+", "&", "joined by", "incl", "including"],
        LostReasonMarkers =
        [
            "to", "because", "because of", "due to", "as", "since", "they went with", "went with", "chose", "picked",
            "signed with", "going with", "reason", "reason:", "lost to", "no budget", "budget", "price", "pricing",
            "too expensive", "timing", "they chose", "they picked", "over",
        ],
        NextStepPhrases = ["next step", "next steps", "next action", "nxt step", "ns", "next up", "action item", "action items", "blocker", "blockers", "waiting on", "pending"],
        CorrectionHeads =
        [ "wrong", "wrong stage", "wrong account", "wrong date", "wrong amount", "wrong contact", "wrong company", "wrong deal", "not quite", "no no", "actually no",
            "no wait", "wait", "actually", "sorry", "oops", "correction", "my bad", "no,", "no", "nope", "oh wait", "wait no", "sorry i meant", "oops i meant", "i meant", "meant", "typo",
        ],
        CorrectionLinks =
        [
            "that was", "it was", "that's", "it's", "i meant", "meant", "make that", "make it", "should be",
            "should have been", "should've been", "change that to", "change it to", "not", "was", "it was with",
            "that was with", "the account is", "the account was", "the amount is", "the amount was", "amount is",
            "it's actually", "that's actually", "it was actually", "that was actually",
        ],
        AddContactHeads =
        [ "new contact:", "add contact:", "contact added", "add new contact:",
            "add contact", "add a contact", "add new contact", "add a new contact", "new contact", "create contact",
            "create a contact", "create a new contact", "contact:", "save contact", "add person", "new person",
        ],
        ContactRoles =
        [ "head of ops", "head of operations", "head of engineering", "head of marketing", "head of product", "head of security", "head of data", "head of hr", "head of it", "head of purchasing", "vp of engineering", "vp of marketing", "vp marketing", "vp of finance", "vp finance", "cto's office",
            "cfo", "ceo", "cto", "coo", "cio", "cmo", "cro", "ciso", "vp", "vp sales", "vp of sales", "vp engineering",
            "svp", "evp", "head of it", "head of sales", "head of procurement", "head of finance", "head of operations",
            "it director", "it manager", "director", "manager", "buyer", "procurement", "procurement manager",
            "purchasing", "founder", "co-founder", "owner", "president", "engineer", "champion", "admin", "cso",
            "account manager", "office manager", "finance director", "sales director", "operations manager",
            "head of", "lead", "architect", "consultant", "assistant", "ea", "pa", "partner", "chairman",
        ],
        LanguageNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["en"] = "en", ["english"] = "en", ["eng"] = "en", ["pl"] = "pl", ["polish"] = "pl", ["polski"] = "pl",
            ["po polsku"] = "pl", ["ru"] = "ru", ["russian"] = "ru", ["русский"] = "ru", ["по-русски"] = "ru",
            ["по русски"] = "ru", ["angielski"] = "en", ["po angielsku"] = "en", ["английский"] = "en",
            ["по-английски"] = "en",
        },
        LanguageHeads =
        [
            "lang", "language", "set language", "set language to", "change language", "change language to",
            "switch language", "switch language to", "switch to", "speak", "talk", "reply in", "answer in",
            "respond in", "use", "in", "language:", "можешь говорить", "говори", "mów", "mow", "język", "jezyk",
            "язык", "switch to the", "please speak", "can you speak",
        ],
        HowToHeads =
        [
            "how do i", "how do you", "how can i", "how to", "how would i", "how should i", "how do we", "how can we",
            "what's the way to", "whats the way to", "what is the way to", "how does one", "can i", "how i",
        ],
        HowToTopics = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["log"] = "log_activity", ["call"] = "log_activity", ["meeting"] = "log_activity", ["activity"] = "log_activity",
            ["visit"] = "log_activity", ["email"] = "log_activity", ["demo"] = "log_activity", ["record"] = "log_activity",
            ["note"] = "log_activity", ["new deal"] = "create_deal", ["create a deal"] = "create_deal",
            ["add a deal"] = "create_deal", ["deal"] = "create_deal", ["opportunity"] = "create_deal",
            ["move"] = "move_deal", ["stage"] = "move_deal", ["close a deal"] = "move_deal", ["mark a deal"] = "move_deal",
            ["won"] = "move_deal", ["lost"] = "move_deal", ["amount"] = "update_deal", ["close date"] = "update_deal",
            ["task"] = "add_task", ["reminder"] = "add_task", ["remind"] = "add_task", ["todo"] = "add_task",
            ["plan"] = "set_plan", ["priorities"] = "set_plan", ["pipeline"] = "show_pipeline", ["kpi"] = "kpi_digest",
            ["kpis"] = "kpi_digest", ["stats"] = "kpi_digest", ["digest"] = "kpi_digest", ["undo"] = "undo",
            ["contact"] = "add_contact", ["standup"] = "standup", ["stand-up"] = "standup", ["language"] = "set_language",
            ["complete"] = "complete_task", ["done"] = "complete_task", ["finish"] = "complete_task",
        },
        LastContactPhrases =
        [ "in touch", "in touch with", "touch", "last time", "last one", "last spoke to", "last activity",
            "last spoke", "last speak", "last spoken", "last talked", "last talk", "last contacted", "last contact",
            "last heard from", "last hear from", "last met", "last meet", "last call", "last meeting", "last touch",
            "last touchpoint", "last touched", "last time we", "last time i", "last visited", "last emailed",
            "last reached out", "talked to", "spoke to", "spoke with", "talked with", "contacted", "called", "met",
            "met with", "visited", "emailed", "reached out to",
        ],
        ContactQueryHeads =
        [ "who do we deal with at", "who do we work with at", "who do i talk to at", "who should we talk to at", "who's the decision maker at", "who is the decision maker at", "who do we speak to at", "contacts @", "who do we have at", "who have we got at", "who's our guy at", "who's our person at",
            "who's our contact at", "whos our contact at", "who is our contact at", "who's the contact at",
            "who is the contact at", "our contact at", "our contacts at", "contacts at", "contact at", "who do we know at",
            "who do i know at", "who do we talk to at", "who should i call at", "who's at", "who is at", "people at",
            "contacts for", "contact for", "who are our contacts at", "who are the contacts at", "list contacts at",
            "show contacts at", "show contacts for", "contact person at", "main contact at", "key contact at",
            "who's my contact at", "who is my contact at", "decision maker at",
        ],
        InactivePhrases =
        [ "logged nothing", "did nothing", "done nothing", "no activity", "with no activity", "nothing logged", "haven't logged", "hasn't logged", "not logged anything", "who was quiet", "who's quiet", "who is quiet", "been quiet", "who was inactive", "who has done nothing", "who's done nothing", "logged zero", "zero activities", "no activities",
            "who hasn't logged", "who has not logged", "who hasnt logged", "who didn't log", "who did not log",
            "who didnt log", "who hasn't recorded", "who has logged nothing", "who logged nothing", "who's been quiet",
            "who has been quiet", "who's inactive", "who is inactive", "inactive reps", "inactive members",
            "who hasn't done anything", "who hasn't updated", "who is slacking", "who's slacking", "quiet reps",
            "who has no activity", "who has no activities", "reps with no activity", "who didn't do anything",
            "who hasn't reported", "who didn't report", "anyone not logging", "who is not logging", "who's not logging",
        ],
        ClosingWords = ["closing", "close", "closes", "due to close", "expected to close", "set to close", "closing date", "to close"],
        CompareWords = ["compare", "comparison", "vs", "vs.", "versus", "side by side", "against"],
        PlanQueryPhrases =
        [
            "what's my plan", "whats my plan", "what is my plan", "my plan", "show my plan", "show plan", "my plan today",
            "plan for today", "today's plan", "todays plan", "what's the plan", "whats the plan", "what's on my plan",
            "what am i doing today", "what's my plan for today", "my priorities", "what are my priorities",
            "show my priorities", "what's on my agenda", "my agenda", "plan for tomorrow", "my plan for tomorrow",
        ],
        ActivityQueryWords =
        [
            "calls", "meetings", "activities", "activity", "visits", "emails", "demos", "what did i do", "what have i done",
            "what did i log", "what have i logged", "what did we do", "what has the team done", "my calls",
            "my meetings", "my activities", "logged activities", "what i did", "what did", "log", "logs", "history",
        ],

        ConnectHeads = ["connect", "connect to", "connect to team", "connect this chat to", "connect this group to", "connect this channel to", "connect team", "link to team", "link this chat to", "link this group to"],
        DisconnectPhrases = ["disconnect", "disconnect this chat", "disconnect this group", "disconnect this channel", "disconnect the channel", "unlink this chat", "unlink this group", "unlink this channel"],
        JoinHeads = ["join", "join team", "join with code", "join code", "my code is", "code", "join with", "join using"],
        InviteHeads = ["invite", "invite new member", "add member", "add a member", "add rep", "add a rep", "add new rep", "onboard"],
        TargetHeads = ["target", "set target", "set a target", "set target for", "set a target for", "new target", "target for", "goal", "set goal", "set a goal", "quota", "set quota"],
        TargetMetrics = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["meeting"] = "meetings", ["meetings"] = "meetings", ["mtgs"] = "meetings", ["call"] = "calls", ["calls"] = "calls",
            ["email"] = "emails", ["emails"] = "emails", ["demo"] = "demos", ["demos"] = "demos", ["visit"] = "visits",
            ["visits"] = "visits", ["deal"] = "deals_created", ["deals"] = "deals_created", ["new deals"] = "deals_created",
            ["deals created"] = "deals_created", ["won"] = "deals_won", ["wins"] = "deals_won", ["deals won"] = "deals_won",
            ["won deals"] = "deals_won", ["activities"] = "activities", ["activity"] = "activities",
            ["tasks"] = "tasks_done", ["tasks done"] = "tasks_done", ["revenue"] = "won_amount", ["won amount"] = "won_amount",
        },
        HolidayHeads = ["holiday", "add holiday", "add a holiday", "public holiday", "bank holiday", "company holiday", "holiday on", "day off for everyone", "office closed", "office closed on", "no standup on"],
        AwayHeads =
        [
            "away", "i'm away", "im away", "i am away", "away until", "away till", "ooo", "i'm ooo", "out of office",
            "i'm out of office", "on vacation", "i'm on vacation", "on holiday", "i'm on holiday", "on leave",
            "i'm on leave", "on pto", "i'm on pto", "off", "i'm off", "sick", "i'm sick", "out", "i'm out",
            "i will be away", "i'll be away", "i'll be out", "i'll be off", "going on vacation", "vacation",
        ],
        BackPhrases =
        [
            "back", "i'm back", "im back", "i am back", "back to work", "back at work", "i'm back at work",
            "back in office", "back in the office", "i'm back in the office", "back from vacation", "i'm back from vacation",
            "back from holiday", "back from leave", "back online", "i'm back online", "i'm available again", "available again",
            "i'm here again", "back now", "i'm back now", "returned", "i've returned",
        ],
        ChooseHeads = ["option", "number", "choice", "no", "no.", "#", "pick", "choose", "i choose", "i pick", "the"],
        Settings = EnglishSettings(),
        CancelPhrases = ["never mind", "nevermind", "nvm", "forget it", "forget that", "nothing", "ignore that", "ignore it", "no worries", "nm"],
    };

    private static SettingWords EnglishSettings() => new()
    {
        Code = "en",
        Fillers = ["the", "a", "please", "pls", "our", "my", "daily", "weekly", "kpi"],
        SetVerbs = ["set", "change", "move", "make", "put", "switch", "have", "schedule", "turn"],
        Links = ["to", "at", "is", "on", "for", "from", "every", "by", "be", "as"],
        OnVerbs = ["post", "send", "show", "share", "publish", "put", "turn on", "start posting", "start showing", "enable", "include"],
        OffVerbs = ["stop posting", "stop sending", "stop showing", "don't post", "dont post", "do not post", "don't show", "dont show", "do not show", "hide", "turn off", "disable", "no"],
        OnWords = ["on", "yes", "enabled"],
        OffWords = ["off", "no", "none", "disabled"],
        Places = ["in channel", "to channel", "on channel", "into channel", "in group", "to group", "in team channel", "to team channel", "in team chat", "in group chat", "in chat", "to chat"],
        Switches = new Dictionary<string, string>
        {
            ["digest"] = "digest_in_channel", ["digests"] = "digest_in_channel", ["weekly report"] = "digest_in_channel",
            ["amounts"] = "amounts_in_channel", ["deal amounts"] = "amounts_in_channel", ["deal values"] = "amounts_in_channel", ["amount"] = "amounts_in_channel",
        },
        Subjects = new Dictionary<string, (string, SettingValue)>
        {
            ["stand-up"] = ("standup_time", SettingValue.Time), ["standup"] = ("standup_time", SettingValue.Time), ["stand up"] = ("standup_time", SettingValue.Time),
            ["stand-up time"] = ("standup_time", SettingValue.Time), ["standup time"] = ("standup_time", SettingValue.Time), ["stand up time"] = ("standup_time", SettingValue.Time),
            ["digest"] = ("digest", SettingValue.DayAndTime), ["digest time"] = ("digest", SettingValue.DayAndTime), ["digest day"] = ("digest", SettingValue.DayAndTime),
            ["quiet hours"] = ("quiet_hours", SettingValue.Hours), ["quiet time"] = ("quiet_hours", SettingValue.Hours),
            ["plan prompt"] = ("plan_prompt_lead", SettingValue.Minutes), ["plan reminder"] = ("plan_prompt_lead", SettingValue.Minutes), ["plan prompt lead"] = ("plan_prompt_lead", SettingValue.Minutes),
            ["time zone"] = ("time_zone", SettingValue.TimeZone), ["timezone"] = ("time_zone", SettingValue.TimeZone), ["team time zone"] = ("time_zone", SettingValue.TimeZone), ["team timezone"] = ("time_zone", SettingValue.TimeZone),
            ["currency"] = ("currency", SettingValue.Currency), ["team currency"] = ("currency", SettingValue.Currency), ["default currency"] = ("currency", SettingValue.Currency),
            ["team language"] = ("language", SettingValue.Language), ["team's language"] = ("language", SettingValue.Language), ["channel language"] = ("language", SettingValue.Language),
            ["channel events"] = ("channel_events", SettingValue.Events), ["channel posts"] = ("channel_events", SettingValue.Events), ["post in channel"] = ("channel_events", SettingValue.Events),
        },
        Figures = new Dictionary<string, string>
        {
            ["everyone sees team figures"] = "everyone", ["everyone can see team figures"] = "everyone", ["everybody sees team figures"] = "everyone",
            ["reps see team figures"] = "everyone", ["reps can see team figures"] = "everyone", ["show team figures to everyone"] = "everyone",
            ["team figures for everyone"] = "everyone", ["everyone sees team numbers"] = "everyone", ["everyone can see team numbers"] = "everyone",
            ["only managers see team figures"] = "managers", ["only managers can see team figures"] = "managers", ["team figures for managers only"] = "managers",
            ["team figures only for managers"] = "managers", ["show team figures to managers only"] = "managers", ["only managers see team numbers"] = "managers",
            ["team figures managers"] = "managers", ["team figures everyone"] = "everyone", ["team figures to everyone"] = "everyone", ["team figures to managers"] = "managers",
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["monday"] = DayOfWeek.Monday, ["mondays"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
            ["tuesday"] = DayOfWeek.Tuesday, ["tuesdays"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
            ["wednesday"] = DayOfWeek.Wednesday, ["wednesdays"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
            ["thursday"] = DayOfWeek.Thursday, ["thursdays"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
            ["friday"] = DayOfWeek.Friday, ["fridays"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
            ["saturday"] = DayOfWeek.Saturday, ["saturdays"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
            ["sunday"] = DayOfWeek.Sunday, ["sundays"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
        },
        AmWords = ["am", "a.m"],
        PmWords = ["pm", "p.m"],
        RangeJoiners = ["to", "till", "until", "through"],
        MinuteWords = ["minutes", "minute", "min", "mins", "before", "ahead", "earlier", "before stand-up", "before standup"],
        LanguageNames = new Dictionary<string, string>
        {
            ["english"] = "en", ["en"] = "en", ["polish"] = "pl", ["pl"] = "pl", ["russian"] = "ru", ["ru"] = "ru",
        },
        Currencies = new Dictionary<string, string>
        {
            ["euro"] = "EUR", ["euros"] = "EUR", ["€"] = "EUR", ["dollars"] = "USD", ["dollar"] = "USD", ["$"] = "USD", ["pounds"] = "GBP", ["£"] = "GBP",
            ["zloty"] = "PLN", ["zlotys"] = "PLN", ["zł"] = "PLN", ["roubles"] = "RUB", ["rubles"] = "RUB", ["₽"] = "RUB",
        },
        Events = new Dictionary<string, string>
        {
            ["wins"] = "wins", ["won deals"] = "wins", ["won"] = "wins", ["losses"] = "losses", ["lost deals"] = "losses", ["lost"] = "losses",
            ["stage moves"] = "stage_moves", ["stage changes"] = "stage_moves", ["new deals"] = "new_deals", ["all"] = "all", ["everything"] = "all",
            ["none"] = "none", ["nothing"] = "none", ["and"] = "", ["only"] = "",
        },
    };
}
