var mode = args[0];
switch (mode)
{
    case "kind":
        await KindLab.Run(args[1..]);
        break;
    case "kind2":
        await Kind2Lab.Run(args[1..]);
        break;
    case "jobs":
        await JobsLab.Run(args[1..]);
        break;
    case "jobsreport":
        JobsReportLab.Run(args[1..]);
        break;
    case "cands":
        CandsLab.Run(args[1..]);
        break;
    case "groups":
        await GroupsLab.Run(args[1..]);
        break;
    case "cos":
        await CosLab.Run(args[1..]);
        break;
    case "choose":
        await ChooseLab.Run(args[1..]);
        break;
    case "samplewords":
        SampleWordsLab.Run(args[1..]);
        break;
    default:
        Console.Error.WriteLine("modes: kind, kind2, choose, jobs, samplewords");
        break;
}
