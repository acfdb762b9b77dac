using System.Collections.Concurrent;

namespace ContractTesting.VerifierBench;

/// <summary>
/// The provider's data: the users its provider states create and remove. It counts the state changes so that a run
/// can check each interaction's state really was set up and torn down.
/// </summary>
internal sealed class UserStore
{
    private readonly ConcurrentDictionary<int, UserState> _users = new();
    private int _setUps;
    private int _tearDowns;

    public int SetUps => Volatile.Read(ref _setUps);

    public int TearDowns => Volatile.Read(ref _tearDowns);

    public int Count => _users.Count;

    public void Add(UserState user)
    {
        _users[user.Id] = user;
        Interlocked.Increment(ref _setUps);
    }

    public void Remove(int id)
    {
        _users.TryRemove(id, out _);
        Interlocked.Increment(ref _tearDowns);
    }

    public bool TryGet(int id, out UserState user) => _users.TryGetValue(id, out user!);

    public void ResetCounts()
    {
        Interlocked.Exchange(ref _setUps, 0);
        Interlocked.Exchange(ref _tearDowns, 0);
    }
}
