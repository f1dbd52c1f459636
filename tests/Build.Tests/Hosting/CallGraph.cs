using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Build.Tests.Hosting;

/// <summary>
/// Which methods each method of an assembly calls, read from its IL (call, callvirt, newobj, and the ldftn that
/// makes a lambda or a local function a delegate; async and iterator methods lead to their state machine). Lets a
/// test see what code really reads, so declarations about it (the readers of an option) cannot drift from it.
/// </summary>
internal sealed class CallGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private readonly Dictionary<MethodBase, IReadOnlyList<MethodBase>> _callees = [];

    public CallGraph(Assembly assembly)
    {
        Assembly = assembly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in MethodsDeclaredBy(type))
            {
                _callees[method] = Calls(method).ToList();
            }
        }
    }

    public Assembly Assembly { get; }

    /// <summary>Every method (and constructor) the assembly declares.</summary>
    public IEnumerable<MethodBase> Methods => _callees.Keys;

    /// <summary>The methods of <paramref name="type"/> and of the types nested in it (its lambdas' closures, its state machines).</summary>
    public static IEnumerable<MethodBase> MethodsOf(Type type) =>
        MethodsDeclaredBy(type).Concat(type.GetNestedTypes(Declared).SelectMany(MethodsOf));

    public IReadOnlyList<MethodBase> Callees(MethodBase method) =>
        _callees.TryGetValue(Definition(method), out var callees) ? callees : [];

    /// <summary>Every method reachable from <paramref name="roots"/> inside the assembly; <paramref name="leaf"/> methods are reached but not followed.</summary>
    public IReadOnlySet<MethodBase> Reachable(IEnumerable<MethodBase> roots, Func<MethodBase, bool> leaf)
    {
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>(roots.Select(Definition));
        while (pending.TryPop(out var method))
        {
            if (!seen.Add(method) || leaf(method))
            {
                continue;
            }

            foreach (var callee in Callees(method).Where(c => c.Module == Assembly.ManifestModule))
            {
                pending.Push(callee);
            }
        }

        return seen;
    }

    /// <summary>The generic definition of a method of a constructed generic type or a generic method instance.</summary>
    public static MethodBase Definition(MethodBase method)
    {
        if (method is MethodInfo { IsGenericMethod: true, IsGenericMethodDefinition: false } generic)
        {
            method = generic.GetGenericMethodDefinition();
        }

        return method.DeclaringType is { IsGenericType: true, IsGenericTypeDefinition: false } constructed
            ? MethodBase.GetMethodFromHandle(method.MethodHandle, constructed.GetGenericTypeDefinition().TypeHandle)!
            : method;
    }

    private static IEnumerable<MethodBase> MethodsDeclaredBy(Type type) =>
        type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared));

    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        if (method.GetCustomAttribute<StateMachineAttribute>() is { } machine &&
            machine.StateMachineType.GetMethod("MoveNext", Declared) is { } moveNext)
        {
            yield return moveNext;
        }

        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var code = OpCodesByValue[value];
            var operand = position;
            position += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
                _ => 4,
            };

            if (code.OperandType == OperandType.InlineMethod && Resolve(method.Module, BitConverter.ToInt32(il, operand), typeArguments, methodArguments) is { } callee)
            {
                yield return Definition(callee);
            }
        }
    }

    private static MethodBase? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMethod(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // a member reference this runtime cannot bind in the generic context: not one of ours
            return null;
        }
    }
}
