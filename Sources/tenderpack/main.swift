import TenderCLI

// Synchronous at the top level on purpose (see `runBlocking`): no `await` here.
TenderPackCommand.runBlocking()
