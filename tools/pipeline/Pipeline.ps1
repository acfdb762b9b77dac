# The contract-testing pipeline: what a consumer's CI, a provider's CI and a release gate do, in one run, on an
# embedded broker. Dot-sourced by build.ps1, which provides Invoke-Dotnet, Invoke-Build and $Configuration.
#
#   build → consumer tests write pacts/ → broker (SQLite in a temporary folder, a free port) → publish the pacts
#   (git commit as the version, the current branch) → create 'production' → verify UserService against the broker's
#   pacts and publish the results → can-i-deploy (the pair built from this commit; UserService, then OrderService, to
#   production) → record each deployment → a summary of every step, ending with the gate's verdict.
#
# A failed verification is published and the pipeline goes on to the gate, which then says no; any other failure
# stops it. Invoke-Pipeline returns whether every step passed; build.ps1 exits 1 when one did not.

$script:PipelineSteps = [System.Collections.Generic.List[object]]::new()

function Invoke-PipelineStep([string]$Name, [scriptblock]$Action, [switch]$ContinueOnFailure) {
    Write-Host ''
    Write-Host "==> $Name" -ForegroundColor Cyan
    $started = [Diagnostics.Stopwatch]::StartNew()
    $failure = $null
    try { & $Action | Out-Host } catch { $failure = $_.Exception.Message }
    $script:PipelineSteps.Add([pscustomobject]@{ Step = $Name; Result = ($failure ? 'FAILED' : 'ok'); Seconds = [math]::Round($started.Elapsed.TotalSeconds, 1); Detail = $failure })
    if ($failure) {
        Write-Host "    failed: $failure" -ForegroundColor Red
        if (-not $ContinueOnFailure) { throw [PipelineStop]::new($failure) }
    }
    return -not $failure
}

class PipelineStop : Exception { PipelineStop([string]$message) : base($message) {} }

function Invoke-Contract {
    $cli = Join-Path $PSScriptRoot "../../src/ContractTesting.Cli/bin/$Configuration/net10.0/contract.dll"
    & dotnet $cli @args
    if ($LASTEXITCODE -ne 0) { throw "contract $($args -join ' ') exited with $LASTEXITCODE" }
}

function Get-PipelineVersion {
    $commit = (& git rev-parse HEAD 2>$null)
    if ($LASTEXITCODE -ne 0 -or -not $commit) { throw 'The pipeline takes the pacticipant versions from git: run it in a git clone.' }
    $branch = (& git rev-parse --abbrev-ref HEAD 2>$null)
    if (-not $branch -or $branch -eq 'HEAD') {
        $branch = @($env:GITHUB_HEAD_REF, $env:GITHUB_REF_NAME, $env:CI_COMMIT_REF_NAME, $env:BRANCH_NAME, 'main') | Where-Object { $_ } | Select-Object -First 1
    }
    # A commit with uncommitted changes is not that commit: mark it, so its results never pass for the commit's.
    $dirty = (& git status --porcelain 2>$null) ? '+dirty' : ''
    [pscustomobject]@{ Version = "$commit$dirty"; Branch = $branch }
}

function Start-PipelineBroker([string]$Folder) {
    $cli = Join-Path $PSScriptRoot "../../src/ContractTesting.Cli/bin/$Configuration/net10.0/contract.dll"
    $log = Join-Path $Folder 'broker.log'
    $process = Start-Process dotnet -ArgumentList @($cli, 'broker', '--database', (Join-Path $Folder 'broker.sqlite'), '--port', '0') `
        -RedirectStandardOutput $log -RedirectStandardError (Join-Path $Folder 'broker.err') -PassThru -NoNewWindow
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while ([DateTime]::UtcNow -lt $deadline) {
        if ($process.HasExited) { throw "The broker exited with $($process.ExitCode): $(Get-Content -Raw (Join-Path $Folder 'broker.err'))" }
        $line = (Test-Path $log) ? (Select-String -Path $log -Pattern 'Broker listening on (\S+)' | Select-Object -First 1) : $null
        if ($line) { return [pscustomobject]@{ Process = $process; Url = $line.Matches[0].Groups[1].Value.TrimEnd('/') } }
        Start-Sleep -Milliseconds 200
    }
    Stop-Process -Id $process.Id -Force
    throw 'The broker did not start within 60 seconds.'
}

function Invoke-Pipeline([switch]$NoBuild) {
    $folder = (New-Item -ItemType Directory (Join-Path ([IO.Path]::GetTempPath()) "contracttesting-pipeline-$([guid]::NewGuid().ToString('N'))")).FullName
    $report = Join-Path $folder 'verification.json'
    $broker = $null
    try {
        if (-not $NoBuild) { Invoke-PipelineStep 'Build' { Invoke-Build } | Out-Null }
        Invoke-PipelineStep 'Consumer tests write pacts/ (tests/Consumer.Pact)' {
            Invoke-Dotnet test tests/Consumer.Pact -c $Configuration --no-build
        } | Out-Null
        $git = Get-PipelineVersion
        Write-Host "Pacticipant versions: $($git.Version) on branch $($git.Branch)"
        Invoke-PipelineStep 'Start the broker (SQLite in a temporary folder, a free port)' {
            $script:Broker = Start-PipelineBroker $folder
            Write-Host "    broker at $($script:Broker.Url)"
        } | Out-Null
        $broker = $script:Broker
        $url = $broker.Url
        Invoke-PipelineStep 'Publish the pacts' {
            Invoke-Contract publish pacts -a $git.Version --branch $git.Branch -b $url
        } | Out-Null
        Invoke-PipelineStep "Create the 'production' environment" {
            Invoke-Contract create-environment --name production --production -b $url
        } | Out-Null
        Invoke-PipelineStep 'Verify UserService against the broker and publish the results (tests/Provider.Verification)' -ContinueOnFailure {
            $env:CONTRACTTESTING_PIPELINE = 'true'
            $env:PACT_BROKER_BASE_URL = $url
            $env:PACT_PROVIDER_VERSION = $git.Version
            $env:PACT_PROVIDER_BRANCH = $git.Branch
            $env:CONTRACTTESTING_VERIFICATION_REPORT = $report
            try {
                Invoke-Dotnet test tests/Provider.Verification -c $Configuration --no-build --filter 'FullyQualifiedName~UserServiceBrokerVerificationTests'
            }
            finally {
                Remove-Item Env:CONTRACTTESTING_PIPELINE, Env:PACT_BROKER_BASE_URL, Env:PACT_PROVIDER_VERSION, Env:PACT_PROVIDER_BRANCH, Env:CONTRACTTESTING_VERIFICATION_REPORT
            }
        } | Out-Null
        Invoke-PipelineStep 'can-i-deploy: this OrderService with this UserService' {
            Invoke-Contract can-i-deploy -a OrderService -e $git.Version -a UserService -e $git.Version -b $url
        } | Out-Null
        Invoke-PipelineStep 'can-i-deploy: UserService to production' {
            Invoke-Contract can-i-deploy -a UserService -e $git.Version --to-environment production -b $url
        } | Out-Null
        Invoke-PipelineStep 'Record the deployment of UserService to production' {
            Invoke-Contract record-deployment -a UserService -e $git.Version --environment production -b $url
        } | Out-Null
        Invoke-PipelineStep 'can-i-deploy: OrderService to production' {
            Invoke-Contract can-i-deploy -a OrderService -e $git.Version --to-environment production -b $url
        } | Out-Null
        Invoke-PipelineStep 'Record the deployment of OrderService to production' {
            Invoke-Contract record-deployment -a OrderService -e $git.Version --environment production -b $url
        } | Out-Null
    }
    catch [PipelineStop] {
        # The step said why; the summary follows.
    }
    finally {
        if ($broker) { Stop-Process -Id $broker.Process.Id -Force -ErrorAction SilentlyContinue; $broker.Process.WaitForExit() }
        Write-PipelineSummary $report
        Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
    }
    return -not ($script:PipelineSteps | Where-Object Result -ne 'ok')
}

function Write-PipelineSummary([string]$Report) {
    Write-Host ''
    Write-Host 'Pipeline summary' -ForegroundColor Cyan
    $script:PipelineSteps | Format-Table Step, Result, Seconds -AutoSize | Out-String -Width 200 | Write-Host
    if (Test-Path $Report) {
        $failed = (Get-Content -Raw $Report | ConvertFrom-Json).pacts | ForEach-Object { $pact = $_; $_.interactions | Where-Object status -ne 'passed' | ForEach-Object { [pscustomobject]@{ Pact = $pact; Interaction = $_ } } }
        foreach ($f in $failed) {
            Write-Host "Verification failed: $($f.Pact.consumer) → $($f.Pact.provider): `"$($f.Interaction.description)`"" -ForegroundColor Red
            foreach ($m in $f.Interaction.mismatches) { Write-Host "    $($m.part) $($m.location): $($m.message)" }
            foreach ($e in $f.Interaction.errors) { Write-Host "    $e" }
        }
    }
    $gates = $script:PipelineSteps | Where-Object Step -like 'can-i-deploy*'
    $verdict = if (-not $gates) { 'the gate was not reached' }
        elseif ($gates | Where-Object Result -ne 'ok') { "NO ($(($gates | Where-Object Result -ne 'ok' | Select-Object -First 1).Step))" }
        else { 'YES: OrderService and UserService are deployed to production' }
    Write-Host "Gate's verdict: $verdict" -ForegroundColor ($verdict.StartsWith('YES') ? 'Green' : 'Red')
}
