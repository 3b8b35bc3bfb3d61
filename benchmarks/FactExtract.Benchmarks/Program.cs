using BenchmarkDotNet.Running;
using FactExtract.Benchmarks;

if (args is ["--allocations", ..])
{
    AllocationProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
