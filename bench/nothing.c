/* A program linked to nothing: the floor of process start-up (bench/startup_bench). */
int main(void)
{
	return 0;
}
