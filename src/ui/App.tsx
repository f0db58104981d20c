export function App() {
  return (
    <main>
      <h1>JWT Debugger</h1>
      <p>Decode, verify and sign JSON Web Tokens. The debugger page is on its way.</p>
    </main>
  );
}
