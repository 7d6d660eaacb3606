import TenderCLI

TenderPackCommand.main()
