# Helpers of bench/compare.ps1 that install, start, load and stop things. Dot-sourced; uses $Root, $PactCli,
# $ConsumerBench, $Work and $WrkScript from the calling script.

# `npm ci` in a folder, unless its node_modules were installed from the current lock file already.
function Install-NpmFolder([string]$Folder) {
    $installed = Join-Path $Folder 'node_modules/.package-lock.json'
    $lock = Join-Path $Folder 'package-lock.json'
    if ((Test-Path $installed) -and ((Get-Item -Force $installed).LastWriteTimeUtc -ge (Get-Item $lock).LastWriteTimeUtc)) {
        return
    }

    Write-Host "npm ci in $Folder..."
    & npm ci --prefix $Folder --no-audit --no-fund
    if ($LASTEXITCODE -ne 0) { throw "npm ci in $Folder failed ($LASTEXITCODE)." }
}

# The reference `pact` binary for this platform, as tests/ContractTesting.TestSupport/ReferencePactCli.cs finds it.
function Get-ReferencePactCli {
    $platform = if ($IsWindows) { 'windows' } elseif ($IsMacOS) { 'darwin' } else { 'linux' }
    $architecture = if ([System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture -eq 'Arm64') { 'arm64' } else { 'x64' }
    $binary = if ($IsWindows) { 'pact.exe' } else { 'pact' }
    $path = Join-Path $Root "tools/pact-cli/node_modules/@pact-foundation/pact-cli-$platform-$architecture/standalone/$binary"
    if (-not (Test-Path $path)) { throw "The reference pact CLI is missing at '$path' although 'npm ci' ran in tools/pact-cli." }
    return $path
}

# Runs a command that reports one JSON line on standard output; returns that line as an object.
function Invoke-Json([string]$Command) {
    $arguments = @($args | ForEach-Object { "$_" })
    $lines = @(& $Command @arguments)
    if ($LASTEXITCODE -ne 0) { throw "$Command $($arguments -join ' ') failed ($LASTEXITCODE)." }
    $json = $lines | Where-Object { $_ -match '^\s*\{' } | Select-Object -Last 1
    if (-not $json) { throw "$Command $($arguments -join ' ') printed no JSON line:`n$($lines -join "`n")" }
    $script:RawLines.Add($json.Trim())
    return $json | ConvertFrom-Json
}

# Fails the run unless a suite's pact file holds exactly the interactions it should (both sides must do the same work).
function Assert-PactInteractions([string]$Folder, [int]$Expected) {
    $file = Join-Path $Folder 'BenchConsumer-BenchProvider.json'
    if (-not (Test-Path $file)) { throw "The suite wrote no pact file '$file'." }
    $document = [System.Text.Json.JsonDocument]::Parse([IO.File]::ReadAllText($file))
    try {
        $count = $document.RootElement.GetProperty('interactions').GetArrayLength()
    }
    finally {
        $document.Dispose()
    }
    if ($count -ne $Expected) { throw "The pact file '$file' holds $count interactions, not $Expected." }
}

function Get-FreePort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { return $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

# ConsumerBench `serve`: prints its URL, serves until its standard input closes.
function Start-OurServer([string]$PactFile) {
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in $ConsumerBench, 'serve', $PactFile) { $start.ArgumentList.Add($argument) }
    $start.UseShellExecute = $false
    $start.RedirectStandardInput = $true
    $start.RedirectStandardOutput = $true
    $process = [System.Diagnostics.Process]::Start($start)
    $line = $process.StandardOutput.ReadLine()
    if (-not $line) { $process.WaitForExit(); throw "ConsumerBench serve exited ($($process.ExitCode)) without a URL." }
    return [pscustomobject]@{ Url = ($line | ConvertFrom-Json).url; Process = $process; Ours = $true }
}

# `pact mock start` (the master server) on a free port, then `pact mock create` for the pact file.
function Start-ReferenceServer([string]$PactFile) {
    $port = Get-FreePort
    $log = Join-Path $Work "pact-mock-$port"
    $arguments = @('mock', 'start', '-p', $port, '-h', '127.0.0.1', '-o', "`"$Work`"", '--no-file-log', '--no-term-log')
    $process = Start-Process -FilePath $PactCli -ArgumentList $arguments -PassThru -NoNewWindow `
        -RedirectStandardOutput "$log.out" -RedirectStandardError "$log.err"
    $server = [pscustomobject]@{ Url = $null; Process = $process; Ours = $false }
    try {
        Wait-Port $port $process
        $created = & $PactCli mock create -f $PactFile -p $port -h 127.0.0.1 2>&1 | Out-String
        if ($LASTEXITCODE -ne 0 -or $created -notmatch 'started on port (\d+)') { throw "pact mock create failed ($LASTEXITCODE):`n$created" }
        $server.Url = "http://127.0.0.1:$($Matches[1])/"
        return $server
    }
    catch {
        Stop-BenchServer $server
        throw
    }
}

function Wait-Port([int]$Port, [System.Diagnostics.Process]$Process) {
    $deadline = [DateTime]::UtcNow.AddSeconds(20)
    while ([DateTime]::UtcNow -lt $deadline) {
        if ($Process.HasExited) { throw "The server process exited ($($Process.ExitCode)) before listening on port $Port." }
        $client = [System.Net.Sockets.TcpClient]::new()
        try { $client.Connect('127.0.0.1', $Port); return } catch { Start-Sleep -Milliseconds 50 } finally { $client.Dispose() }
    }
    throw "Nothing listened on port $Port within 20 s."
}

function Stop-BenchServer($Server) {
    $process = $Server.Process
    if ($Server.Ours) { $process.StandardInput.Close() } else { $process.Kill($true) }
    if (-not $process.WaitForExit(10000)) { $process.Kill($true); $process.WaitForExit() }
}

# One wrk run on a URL; returns the summary that bench/wrk-report.lua prints.
function Invoke-Wrk([string]$Url, [switch]$Load, [string]$Duration) {
    $shape = if ($Load) { @('-t2', '-c16') } else { @('-t1', '-c1') }
    $lines = & wrk @shape "-d$Duration" --timeout 30s -H 'Accept: application/json' -s $WrkScript $Url
    if ($LASTEXITCODE -ne 0) { throw "wrk failed ($LASTEXITCODE) on $Url`n$($lines -join "`n")" }
    $json = $lines | Where-Object { $_ -like 'WRK-JSON *' } | Select-Object -Last 1
    if (-not $json) { throw "wrk printed no summary for $Url`n$($lines -join "`n")" }
    return $json.Substring('WRK-JSON '.Length) | ConvertFrom-Json
}

# A fresh server, an optional 3 s warm-up, then the measured wrk run: -t2 -c16 -d10s with -Load, else -t1 -c1 -d5s.
function Measure-Server([scriptblock]$Start, [string]$Path, [switch]$Load, [switch]$WarmUp) {
    $server = & $Start
    try {
        $url = $server.Url + $Path
        if ($WarmUp) { Invoke-Wrk $url -Load:$Load -Duration '3s' | Out-Null }
        $result = Invoke-Wrk $url -Load:$Load -Duration ($Load ? '10s' : '5s')
        if ($result.statusErrors -gt 0) { throw "$($result.statusErrors) requests to $url were not answered 200: the benchmark is broken." }
        $who = $server.Ours ? 'ContractTesting' : 'reference'
        $script:RawLines.Add("wrk $($Load ? '-t2 -c16 -d10s' : '-t1 -c1 -d5s') $who $Path`: $($result | ConvertTo-Json -Compress)")
        return $result
    }
    finally {
        Stop-BenchServer $server
    }
}

# For a server too slow for wrk to see one answer: a fresh server, then requests one after another (each may take up
# to 2 minutes), timed with HttpClient; returns the median in the shape wrk's summary has (latencyP50Us, requests).
function Measure-SlowRequests([scriptblock]$Start, [string]$Path, [int]$Count = 3) {
    $server = & $Start
    $client = [System.Net.Http.HttpClient]::new()
    $client.Timeout = [TimeSpan]::FromMinutes(2)
    try {
        $samples = foreach ($i in 1..$Count) {
            $request = [System.Net.Http.HttpRequestMessage]::new([System.Net.Http.HttpMethod]::Get, $server.Url + $Path)
            $request.Headers.Accept.ParseAdd('application/json')
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $response = $client.Send($request)
            $null = $response.Content.ReadAsStringAsync().GetAwaiter().GetResult()
            $clock.Stop()
            if ([int]$response.StatusCode -ne 200) { throw "$($server.Url + $Path) answered $([int]$response.StatusCode): the benchmark is broken." }
            $clock.Elapsed.TotalMilliseconds * 1000
        }
        $median = ($samples | Sort-Object)[[math]::Floor($Count / 2)]
        $script:RawLines.Add("one request at a time, HttpClient, $Path`: $(($samples | ForEach-Object { [math]::Round($_ / 1000) }) -join ', ') ms")
        return [pscustomobject]@{ requests = $Count; latencyP50Us = $median; durationUs = ($samples | Measure-Object -Sum).Sum; Slow = $true }
    }
    finally {
        $client.Dispose()
        Stop-BenchServer $server
    }
}
