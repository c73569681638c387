import sys

def main():
    print("in main")
    return 7

if __name__ == "__main__":
    sys.exit(main())
