// A page without the library: what every page of the app loads anyway (the
// end-to-end test compares the other pages' first load with it).
export default function AboutPage() {
  return (
    <>
      <h1>About this example</h1>
      <p>
        Each page calls a stand-in for Conductor’s API the way a real app calls Conductor: on the server, through
        conductor-node or plain fetch. The first page hands the raw errors to the components in Server Components, the
        second renders the JSON its own Route Handler sent, and the third shows the details dialog.
      </p>
    </>
  );
}
