// Placeholder until the interactive chronology lands (issue 3).
export function App() {
  return <main><h1>News chronology</h1></main>;
}
