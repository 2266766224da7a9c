from regreader.cli.main import main

# Guarded: indexing starts worker processes, which import the main module again.
if __name__ == "__main__":
    raise SystemExit(main())
