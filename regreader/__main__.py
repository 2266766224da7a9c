from regreader.cli.main import main

raise SystemExit(main())
